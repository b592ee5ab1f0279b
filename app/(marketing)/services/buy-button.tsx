import { Button } from "@/app/_components/ui";
import { PAYMENTS_NOT_SET_UP_MESSAGE } from "@/lib/billing/checkout-messages";
import { missingPaymentSettings } from "@/lib/billing/stripe-client";
import { BuyPackageForm } from "./checkout/buy-package-form";

// Decided per request: the services page renders dynamically, so setting the Stripe keys takes effect without a rebuild.
export function BuyPackageButton({ packageId, packageName }: { packageId: string; packageName: string }) {
  if (missingPaymentSettings().length > 0) {
    const noteId = `payments-off-${packageId}`;
    return (
      <div className="space-y-2">
        <Button variant="secondary" disabled aria-describedby={noteId} className="w-full rounded-full">Buy {packageName}</Button>
        <p id={noteId} className="text-sm text-muted-foreground">{PAYMENTS_NOT_SET_UP_MESSAGE}</p>
      </div>
    );
  }
  return <BuyPackageForm packageId={packageId} packageName={packageName} />;
}
