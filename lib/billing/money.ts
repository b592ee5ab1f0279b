// Amounts are kept in minor units (pence, cents). Only two-decimal currencies are offered, so
// "minor units / 100" is always right (lib/format.ts shows them, lib/validation.ts parses them).
export const CURRENCIES = ["gbp", "eur", "usd", "cad", "aud", "nzd", "chf", "sek", "nok", "dkk"] as const;
export type Currency = (typeof CURRENCIES)[number];
