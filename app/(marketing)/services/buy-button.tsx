import { Button } from "@/app/_components/ui";

// Replaced by Stripe Checkout once payments are configured (see the payments work).
export function BuyPackageButton({ packageName }: { packageId: string; packageName: string }) {
  return (
    <div className="space-y-1">
      <Button disabled aria-describedby="payments-off">Buy {packageName}</Button>
      <p id="payments-off" className="text-xs text-muted-foreground">Online payment is not set up yet. Book a free call and we will sort it out together.</p>
    </div>
  );
}
