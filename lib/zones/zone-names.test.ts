import { describe, expect, it } from "vitest";
import { findTimeZone, listZoneOptions, zoneLabel } from "./zone-names";

const WINTER = new Date("2026-12-02T12:00:00Z");

describe("zone names", () => {
  it("names a zone for people, with its city", () => {
    expect(zoneLabel("America/Los_Angeles", WINTER, "en-US")).toBe("Pacific Time — Los Angeles");
    expect(zoneLabel("Asia/Kolkata", WINTER, "en-GB")).toBe("India Standard Time — Kolkata");
    expect(zoneLabel("UTC", WINTER)).toBe("Coordinated Universal Time (UTC)");
    expect(zoneLabel("Etc/GMT+5", WINTER)).toBe("GMT-5 — GMT+5");
  });

  it("finds a zone by name, city or label, and nothing for an unknown one", () => {
    expect(findTimeZone("america/new york", WINTER)).toBe("America/New_York");
    expect(findTimeZone("Los Angeles", WINTER)).toBe("America/Los_Angeles");
    expect(findTimeZone("  kolkata ", WINTER)).toBe("Asia/Kolkata");
    expect(findTimeZone("São Paulo", WINTER)).toBe("America/Sao_Paulo");
    expect(findTimeZone("Pacific Time — Los Angeles", WINTER)).toBe("America/Los_Angeles");
    expect(findTimeZone("Pacific Time - Los Angeles", WINTER, "en-US")).toBe("America/Los_Angeles");
    expect(findTimeZone("Asia/Calcutta", WINTER)).toBe("Asia/Calcutta");
    expect(findTimeZone("UTC", WINTER)).toBe("UTC");
    expect(findTimeZone("Atlantis", WINTER)).toBeNull();
    expect(findTimeZone("Mars/Olympus_Mons", WINTER)).toBeNull();
    expect(findTimeZone("", WINTER)).toBeNull();
  });

  it("lists every zone once, UTC first, each label finding its zone", () => {
    const options = listZoneOptions(WINTER, "en-US");
    expect(options[0].zone).toBe("UTC");
    expect(new Set(options.map((o) => o.zone)).size).toBe(options.length);
    const ambiguous = options.filter((o) => options.filter((p) => p.label === o.label).length > 1);
    expect(ambiguous).toEqual([]);
    for (const o of options.slice(0, 50)) expect(findTimeZone(o.label, WINTER, "en-US"), o.label).toBe(o.zone);
  });
});
