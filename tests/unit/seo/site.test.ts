import { describe, expect, it } from "vitest";
import { absoluteUrl, bookingHref, siteUrl } from "@/lib/seo/site";

describe("siteUrl", () => {
  it("reads the origin from AUTH_URL the way env().publicUrl does", () => {
    expect(siteUrl({ AUTH_URL: "https://coach.example/api/auth" } as NodeJS.ProcessEnv)).toBe("https://coach.example");
    expect(siteUrl({ AUTH_URL: "https://coach.example/" } as NodeJS.ProcessEnv)).toBe("https://coach.example");
    expect(siteUrl({ AUTH_URL: "https://example.org/coaching/api/auth/" } as NodeJS.ProcessEnv)).toBe("https://example.org/coaching");
  });

  it("falls back to localhost when AUTH_URL is missing or unreadable", () => {
    expect(siteUrl({} as NodeJS.ProcessEnv)).toBe("http://localhost:3000");
    expect(siteUrl({ AUTH_URL: "not a url" } as NodeJS.ProcessEnv)).toBe("http://localhost:3000");
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
