import { describe, expect, it } from "vitest";
import { absoluteUrl, bookingHref, siteUrl } from "@/lib/seo/site";

describe("siteUrl", () => {
  it("reads the origin from AUTH_URL the way env().publicUrl does", () => {
    expect(siteUrl({ AUTH_URL: "https://coach.example/api/auth" })).toBe("https://coach.example");
    expect(siteUrl({ AUTH_URL: "https://coach.example/" })).toBe("https://coach.example");
    expect(siteUrl({ AUTH_URL: "https://example.org/coaching/api/auth/" })).toBe("https://example.org/coaching");
  });

  it("falls back to localhost when AUTH_URL is missing or unreadable", () => {
    expect(siteUrl({})).toBe("http://localhost:3000");
    expect(siteUrl({ AUTH_URL: "not a url" })).toBe("http://localhost:3000");
  });
});

describe("absoluteUrl and bookingHref", () => {
  it("joins paths to the origin", () => {
    expect(absoluteUrl("/", "https://c.example")).toBe("https://c.example/");
    expect(absoluteUrl("/resources/job-vs-career", "https://c.example")).toBe("https://c.example/resources/job-vs-career");
    expect(absoluteUrl("about", "https://c.example")).toBe("https://c.example/about");
  });

  it("carries the source of every call to action", () => {
    expect(bookingHref("job-vs-career")).toBe("/book?src=job-vs-career");
    expect(bookingHref("a b&c")).toBe("/book?src=a%20b%26c");
  });
});

describe("sourceForPath", () => {
  it("names the article, the home page or the section", async () => {
    const { sourceForPath } = await import("@/lib/seo/site");
    expect(sourceForPath("/")).toBe("home");
    expect(sourceForPath(null)).toBe("home");
    expect(sourceForPath("/resources/job-vs-career")).toBe("job-vs-career");
    expect(sourceForPath("/resources/tag/goals")).toBe("resources");
    expect(sourceForPath("/resources")).toBe("resources");
    expect(sourceForPath("/about")).toBe("about");
    expect(sourceForPath("/Weird%20Path")).toBe("site");
  });
});
