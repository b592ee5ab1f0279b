// The public site's identity and its absolute URLs (canonical links, sitemap, feed, JSON-LD).

export const SITE = {
  brand: "Ambit",
  practiceName: "Alex Morgan Coaching",
  coachName: "Alex Morgan",
  coachJobTitle: "Career coach",
  title: "Career coaching with Alex Morgan",
  description:
    "Turn your job into a career: a free discovery call, a career plan with short- and long-term goals, and coaching that keeps you moving.",
  language: "en-GB",
  openGraphLocale: "en_GB",
  areaServed: "Worldwide (online)",
} as const;

const FALLBACK_ORIGIN = "http://localhost:3000";

/**
 * The origin that visitors use, from AUTH_URL, normalised exactly as env().publicUrl is. Public pages
 * are rendered at build time, when the run-time secrets that env() insists on may be absent, so the
 * origin is read on its own here: set AUTH_URL when building for production.
 */
// eslint-disable-next-line no-restricted-properties -- metadata is built at build time, before env() can be valid
export function siteUrl(source: Record<string, string | undefined> = process.env): string {
  const raw = source.AUTH_URL?.trim();
  if (!raw) return FALLBACK_ORIGIN;
  try {
    const url = new URL(raw.replace(/\/api\/auth\/?$/, ""));
    return `${url.origin}${url.pathname}`.replace(/\/$/, "");
  } catch {
    return FALLBACK_ORIGIN;
  }
}

/** An absolute URL on the public site for a path such as "/resources/job-vs-career". */
export function absoluteUrl(path: string, origin: string = siteUrl()): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  return clean === "/" ? `${origin}/` : `${origin}${clean}`;
}

/** Where every call to action leads: the booking page, with the page or article that sent the visitor. */
export function bookingHref(source: string): string {
  return `/book?src=${encodeURIComponent(source)}`;
}

/**
 * The attribution for a call to action shown on every page (header, footer): the article's slug on
 * an article, "home" on the home page, else the section ("about", "services", "resources", ...).
 */
export function sourceForPath(pathname: string | null | undefined): string {
  const segments = (pathname ?? "").split("/").filter(Boolean);
  if (segments.length === 0) return "home";
  const [section, slug] = segments;
  if (section === "resources" && slug && slug !== "tag" && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return slug;
  return /^[a-z0-9-]+$/.test(section) ? section : "site";
}
