// Structured data (schema.org as JSON-LD) for search engines. Pure builders: the page passes the
// data and the site's origin, and a server component prints the result.
import { absoluteUrl, SITE } from "./site";

export type JsonLd = Record<string, unknown> & { "@context": "https://schema.org"; "@type": string };

export type ArticleForJsonLd = { slug: string; title: string; description: string; date: string; tags: string[]; author: string; words?: number };
export type CoachForJsonLd = { displayName: string; headline: string; bio: string; photoUrl: string | null };

const coachId = (origin: string) => `${absoluteUrl("/about", origin)}#coach`;
const practiceId = (origin: string) => `${absoluteUrl("/", origin)}#practice`;

/** `Article` for one career article, with its author, dates, keywords and canonical page. */
export function articleJsonLd(article: ArticleForJsonLd, origin: string): JsonLd {
  const url = absoluteUrl(`/resources/${article.slug}`, origin);
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: article.title,
    description: article.description,
    datePublished: article.date,
    dateModified: article.date,
    inLanguage: SITE.language,
    keywords: article.tags.join(", "),
    ...(article.words ? { wordCount: article.words } : {}),
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    author: { "@type": "Person", name: article.author, url: absoluteUrl("/about", origin) },
    publisher: { "@type": "Organization", name: SITE.practiceName, url: absoluteUrl("/", origin) },
  };
}

/** `Person` for the coach, from the profile they edit in the app. */
export function personJsonLd(coach: CoachForJsonLd, origin: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    "@id": coachId(origin),
    name: coach.displayName,
    jobTitle: SITE.coachJobTitle,
    description: coach.headline || undefined,
    url: absoluteUrl("/about", origin),
    ...(coach.photoUrl ? { image: coach.photoUrl } : {}),
    worksFor: { "@id": practiceId(origin) },
  };
}

/** `ProfessionalService` for the practice; names the coach as its founder. */
export function professionalServiceJsonLd(origin: string, coachName: string = SITE.coachName): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "ProfessionalService",
    "@id": practiceId(origin),
    name: SITE.practiceName,
    description: SITE.description,
    url: absoluteUrl("/", origin),
    areaServed: SITE.areaServed,
    serviceType: "Career coaching",
    founder: { "@type": "Person", "@id": coachId(origin), name: coachName },
  };
}

/**
 * JSON for a `<script type="application/ld+json">`. `<` is escaped so no string in the data
 * (a title with "</script>") can end the script element early.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
