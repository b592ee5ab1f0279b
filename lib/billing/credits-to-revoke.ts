/**
 * How many unused credits a refund takes back. The rule: after refunds totalling R of an amount A,
 * the client keeps at most the sessions they still paid for, so ceil(total * R / A) credits are
 * revoked in all (a full refund revokes every credit). Each refund revokes only its increment over
 * the previous refunds, and never more than what is still unused: sessions already held are not
 * clawed back.
 */
export function creditsToRevoke(input: {
  sessionsTotal: number;
  sessionsRemaining: number;
  amountCents: number;
  previousRefundedCents: number;
  refundedCents: number;
}): number {
  const { sessionsTotal, sessionsRemaining, amountCents } = input;
  if (amountCents <= 0) return 0;
  const clamp = (cents: number) => Math.min(Math.max(cents, 0), amountCents);
  const owed = (cents: number) => Math.ceil((sessionsTotal * clamp(cents)) / amountCents);
  const increment = owed(input.refundedCents) - owed(input.previousRefundedCents);
  return Math.max(0, Math.min(increment, sessionsRemaining));
}
