// Time zones as people name them: "Pacific Time — Los Angeles", found by city, zone or label.

const FALLBACK_LOCALE = "en-GB";

function cityOf(zone: string): string {
  if (zone === "UTC") return "UTC";
  return zone.split("/").pop()!.replace(/_/g, " ");
}

function zonePart(zone: string, at: Date, style: "longGeneric" | "shortOffset", locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style }).formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "";
  } catch {
    return "";
  }
}

/**
 * "Pacific Time — Los Angeles": the zone's everyday name in the reader's locale and its city.
 * Zones without a name (UTC, Etc/GMT+5) read as their offset.
 */
export function zoneLabel(zone: string, at: Date, locale: string = FALLBACK_LOCALE): string {
  if (zone === "UTC" || zone === "Etc/UTC") return "Coordinated Universal Time (UTC)";
  const generic = zonePart(zone, at, "longGeneric", locale);
  const name = !generic || /^(GMT|UTC)[+−-]/.test(generic) ? zonePart(zone, at, "shortOffset", locale) || zone : generic;
  return `${name} — ${cityOf(zone)}`;
}

export type ZoneOption = { zone: string; label: string };

// Labels change only with the locale and (for offset names) the season: cached per locale and day.
const optionsCache = new Map<string, ZoneOption[]>();

/** Every zone this runtime knows, labelled and sorted by label (UTC first), for a picker. */
export function listZoneOptions(at: Date, locale: string = FALLBACK_LOCALE): ZoneOption[] {
  const key = `${locale}|${at.toISOString().slice(0, 10)}`;
  const cached = optionsCache.get(key);
  if (cached) return cached;
  const zones = Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC");
  const options = zones.map((zone) => ({ zone, label: zoneLabel(zone, at, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
  const all = [{ zone: "UTC", label: zoneLabel("UTC", at, locale) }, ...options];
  if (optionsCache.size > 20) optionsCache.clear();
  optionsCache.set(key, all);
  return all;
}

const REGIONS = ["Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"];

function isZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const simplify = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[_\s]+/g, " ").replace(/[—–]/g, "-").trim();

/**
 * The zone a person typed: its IANA name in any case ("america/new york"), its city ("Kolkata"),
 * or its label from the picker ("Pacific Time — Los Angeles", in any locale given). Null when
 * nothing matches, so the caller can say so instead of guessing.
 */
export function findTimeZone(raw: string, at: Date = new Date(), locale: string = FALLBACK_LOCALE): string | null {
  const wanted = simplify(raw);
  if (!wanted || wanted.length > 80) return null;
  if (wanted === "utc" || wanted === "gmt" || wanted === simplify(zoneLabel("UTC", at, locale))) return "UTC";
  const known = Intl.supportedValuesOf("timeZone");
  const byName = known.find((z) => simplify(z) === wanted);
  if (byName) return byName;
  // Names the runtime accepts but does not list ("US/Pacific", "Asia/Kolkata" where it lists Calcutta).
  const typed = raw.trim().replace(/\s+/g, "_");
  if (typed.includes("/") && /^[A-Za-z0-9_/+-]+$/.test(typed) && isZone(typed)) return typed;
  const city = known.find((z) => simplify(cityOf(z)) === wanted);
  if (city) return city;
  if (/^[a-z .'-]+$/.test(wanted)) {
    const asCity = wanted.split(" ").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("_");
    const region = REGIONS.find((r) => isZone(`${r}/${asCity}`));
    if (region) return `${region}/${asCity}`;
  }
  for (const loc of new Set([locale, FALLBACK_LOCALE])) {
    const match = listZoneOptions(at, loc).find((o) => simplify(o.label) === wanted);
    if (match) return match.zone;
  }
  return null;
}
