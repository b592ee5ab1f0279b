// Amounts are kept in minor units (pence, cents). Only two-decimal currencies are offered, so
// "minor units / 100" is always right, for Stripe and for display.
export const CURRENCIES = ["gbp", "eur", "usd", "cad", "aud", "nzd", "chf", "sek", "nok", "dkk"] as const;
export type Currency = (typeof CURRENCIES)[number];

export function formatMoney(minorUnits: number, currency: string, locale = "en-GB"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(minorUnits / 100);
}

/** "450", "450.5" or "450.50" -> 45050; null when it is not a plain amount with at most two decimals. */
export function parseAmountToMinorUnits(value: string): number | null {
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}

/** 45050 -> "450.50", for putting an amount back into a form field. */
export function minorUnitsToAmount(minorUnits: number): string {
  return (minorUnits / 100).toFixed(2);
}
