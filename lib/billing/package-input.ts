import { z } from "zod";
import { CURRENCIES } from "./money";
import { parseAmountToMinorUnits } from "@/lib/validation";

const lines = (value: string) => value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** The package form, as posted (FormData entries) and as the service receives it once parsed. */
export const packageInputSchema = z.object({
  name: z.string().trim().min(1, "Give the package a name").max(80, "Keep the name under 80 characters"),
  description: z.string().trim().max(600, "Keep the description under 600 characters").default(""),
  features: z
    .string()
    .default("")
    .transform(lines)
    .pipe(z.array(z.string().max(120, "Keep each feature line under 120 characters")).max(12, "List at most 12 features")),
  sessionCount: z.coerce.number({ error: "Enter a number of sessions" }).int("Use a whole number of sessions").min(1, "At least 1 session").max(100, "At most 100 sessions"),
  meetingTypeId: z.uuid("Choose the session type the credits are for"),
  price: z
    .string()
    .trim()
    .min(1, "Enter a price")
    .transform((v, ctx) => {
      const cents = parseAmountToMinorUnits(v);
      if (cents === null) {
        ctx.addIssue({ code: "custom", message: "Enter a price like 450 or 450.00" });
        return z.NEVER;
      }
      return cents;
    })
    .pipe(z.number().min(100, "The price must be at least 1.00").max(10_000_000, "The price is too high")),
  currency: z.enum(CURRENCIES, { error: "Choose a currency" }),
  active: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  position: z.coerce.number({ error: "Enter a position" }).int("Use a whole number").min(0, "0 or more").max(999, "999 at most").default(0),
});

export type PackageInput = z.output<typeof packageInputSchema>;
