import type { Metadata } from "next";
import Link from "next/link";
import { buttonVariants } from "@/app/_components/ui";

export const metadata: Metadata = { title: "Checkout cancelled", robots: { index: false } };

export default function CheckoutCancelPage() {
  return (
    <section className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight">Checkout cancelled</h1>
      <p className="mt-4 text-lg text-muted-foreground">No payment was taken. You can choose a package again whenever you are ready, or talk it through on a free call first.</p>
      <div className="mt-10 flex flex-wrap gap-3">
        <Link href="/services" className={buttonVariants()}>Back to packages</Link>
        <Link href="/book" className={buttonVariants({ variant: "secondary" })}>Book a free discovery call</Link>
      </div>
    </section>
  );
}
