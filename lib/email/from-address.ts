import { SITE } from "@/lib/seo/site";

/**
 * The From header of every email: EMAIL_FROM when it names a sender ("Alex <alex@example.com>"),
 * else its bare address under the practice's name, so a client sees who wrote to them.
 */
export function fromAddress(emailFrom: string, practiceName: string = SITE.practiceName): string {
  const trimmed = emailFrom.trim();
  if (/^[^<]+<[^<>]+>$/.test(trimmed)) return trimmed;
  const address = trimmed.replace(/^<|>$/g, "");
  return `"${practiceName.replace(/["\\]/g, "")}" <${address}>`;
}
