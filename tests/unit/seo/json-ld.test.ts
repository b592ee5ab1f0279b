import { describe, expect, it } from "vitest";
import { articleJsonLd, personJsonLd, professionalServiceJsonLd, serializeJsonLd } from "@/lib/seo/json-ld";

const origin = "https://coach.example";
const article = { slug: "job-vs-career", title: "Job vs. career", description: "The difference.", date: "2026-01-13", tags: ["growth", "goals"], author: "Alex Morgan", words: 1200 };

describe("JSON-LD builders", () => {
  it("describe an article with its canonical URL, dates, author and keywords", () => {
    const data = articleJsonLd(article, origin);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Article",
      headline: "Job vs. career",
      datePublished: "2026-01-13",
      url: "https://coach.example/resources/job-vs-career",
      mainEntityOfPage: { "@id": "https://coach.example/resources/job-vs-career" },
      author: { "@type": "Person", name: "Alex Morgan" },
      keywords: "growth, goals",
      wordCount: 1200,
    });
  });

  it("describe the coach as a Person who works for the ProfessionalService", () => {
    const person = personJsonLd({ displayName: "Alex Morgan", headline: "Career coach", bio: "", photoUrl: null }, origin);
    const practice = professionalServiceJsonLd(origin, "Alex Morgan");
    expect(person).toMatchObject({ "@type": "Person", name: "Alex Morgan", url: "https://coach.example/about" });
    expect(person).not.toHaveProperty("image");
    expect(practice).toMatchObject({ "@type": "ProfessionalService", url: "https://coach.example/" });
    expect((person.worksFor as { "@id": string })["@id"]).toBe(practice["@id"]);
    expect((practice.founder as { "@id": string })["@id"]).toBe(person["@id"]);
  });

  it("serialises so no string can close the script element", () => {
    const text = serializeJsonLd(articleJsonLd({ ...article, title: "</script><script>alert(1)</script>" }, origin));
    expect(text).not.toContain("</script");
    expect(JSON.parse(text).headline).toBe("</script><script>alert(1)</script>");
  });
});
