import { CheckoutUnavailableError, PackageUnavailableError } from "@/lib/errors";

export const PAYMENTS_NOT_SET_UP_MESSAGE = "Online payment is not set up yet. Book a free call and we will sort it out together.";
export const CHECKOUT_RATE_LIMITED_MESSAGE = "Too many attempts. Please wait a few minutes and try again.";

/** What a buyer is told when a checkout cannot start; null for errors that are bugs, not situations. */
export function checkoutErrorMessage(err: unknown): string | null {
  if (err instanceof PackageUnavailableError || err instanceof CheckoutUnavailableError) return err.message;
  return null;
}
