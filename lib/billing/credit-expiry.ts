import type { Package, Purchase } from "@/db/schema";

const DAY_MS = 86_400_000;

/** When credits bought at `purchasedAt` from this package expire (null: never). */
export function creditsExpireAt(pkg: Pick<Package, "creditValidityDays">, purchasedAt: Date): Date | null {
  return pkg.creditValidityDays === null ? null : new Date(purchasedAt.getTime() + pkg.creditValidityDays * DAY_MS);
}

/** Whether a purchase's credits can no longer be spent at `now`. */
export function creditsExpired(purchase: Pick<Purchase, "expiresAt">, now: Date): boolean {
  return purchase.expiresAt !== null && purchase.expiresAt.getTime() <= now.getTime();
}
