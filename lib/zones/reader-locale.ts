// The reader's locale, from the browser's Accept-Language: it decides 12/24-hour clocks and the
// order of day and month. Only locales the runtime can format are taken.

export const FALLBACK_LOCALE = "en-GB";

/** "en-US,en;q=0.9,fr;q=0.8" -> "en-US"; nothing usable -> en-GB. */
export function localeFromAcceptLanguage(header: string | null | undefined): string {
  if (!header) return FALLBACK_LOCALE;
  const ranked = header
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.trim().slice(2) ?? 1);
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((l) => l.tag && l.tag !== "*" && l.q > 0 && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(l.tag))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf(tag);
      if (supported) return supported;
    } catch {}
  }
  return FALLBACK_LOCALE;
}
