import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./reader-locale";

describe("the reader's locale", () => {
  it("takes the browser's first usable language, by weight", () => {
    expect(localeFromAcceptLanguage("en-US,en;q=0.9")).toBe("en-US");
    expect(localeFromAcceptLanguage("fr;q=0.5, de-DE;q=0.8")).toBe("de-DE");
    expect(localeFromAcceptLanguage("*, en-GB;q=0.1")).toBe("en-GB");
  });

  it("falls back to en-GB for nothing or nonsense", () => {
    expect(localeFromAcceptLanguage(null)).toBe("en-GB");
    expect(localeFromAcceptLanguage("")).toBe("en-GB");
    expect(localeFromAcceptLanguage("<script>, ;;;, q=1")).toBe("en-GB");
  });

  it("gives a US reader a 12-hour clock and month-first dates", () => {
    const at = new Date("2026-12-02T15:30:00Z");
    const us = new Intl.DateTimeFormat(localeFromAcceptLanguage("en-US"), { timeZone: "UTC", hour: "numeric", minute: "2-digit", day: "numeric", month: "long" }).format(at);
    expect(us).toBe("December 2 at 3:30 PM");
  });
});
