import type { Metadata } from "next";
import Link from "next/link";
import { CheckCircle2 } from "lucide-react";
import { buttonVariants } from "@/app/_components/ui";
import { findPurchaseByCheckoutSession } from "@/lib/billing/payments";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Thank you for your purchase", robots: { index: false } };
export const dynamic = "force-dynamic";

// Only reads: the purchase, the credits and the portal invitation come from Stripe's webhook.
export default async function CheckoutSuccessPage({ searchParams }: { searchParams: Promise<{ session_id?: string }> }) {
  const { session_id: sessionId } = await searchParams;
  const purchase = sessionId && /^cs_[A-Za-z0-9_]{1,200}$/.test(sessionId) ? await findPurchaseByCheckoutSession(getDb(), sessionId) : null;
  return (
    <section className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <CheckCircle2 aria-hidden="true" className="size-10 text-primary" />
      <h1 className="mt-4 text-3xl font-semibold tracking-tight">Thank you for your purchase</h1>
      {purchase ? (
        <p className="mt-4 text-lg text-muted-foreground">
          Your payment for {purchase.packageName} is confirmed: {purchase.sessionsTotal} {purchase.sessionsTotal === 1 ? "session is" : "sessions are"} ready to book.
        </p>
      ) : (
        <p className="mt-4 text-lg text-muted-foreground" role="status">
          Your payment went through and is being confirmed. This usually takes a few seconds.
        </p>
      )}
      <h2 className="mt-10 text-lg font-semibold">What happens next</h2>
      <ol className="mt-3 list-decimal space-y-2 pl-5 text-muted-foreground">
        <li>You will receive a receipt by email.</li>
        <li>If you are new here, a second email brings a link to your client portal, where your career roadmap and your sessions live.</li>
        <li>Book your first session from the portal at a time that suits you.</li>
      </ol>
      <div className="mt-10 flex flex-wrap gap-3">
        <Link href="/portal/packages" className={buttonVariants()}>Go to my portal</Link>
        <Link href="/" className={buttonVariants({ variant: "secondary" })}>Back to the home page</Link>
      </div>
    </section>
  );
}
