/** The package does not exist for this coach, or is archived. */
export class PackageUnavailableError extends Error {
  constructor(message = "That package is no longer available.") {
    super(message);
    this.name = "PackageUnavailableError";
  }
}

/** The meeting type chosen for a package's credits is not one of the coach's client session types. */
export class InvalidCreditMeetingTypeError extends Error {
  constructor(message = "Choose one of your client session types.") {
    super(message);
    this.name = "InvalidCreditMeetingTypeError";
  }
}

/** Stripe refused or could not be reached while starting a checkout. */
export class CheckoutUnavailableError extends Error {
  constructor(message = "Online payment is unavailable right now. Please try again in a few minutes.", options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CheckoutUnavailableError";
  }
}

/** The refund asked for cannot be made (unknown payment, nothing left to refund, amount too high). */
export class RefundNotPossibleError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "RefundNotPossibleError";
  }
}
