import { describe, expect, it } from "vitest";
import { renderMarkdown, renderUntrustedMarkdown, slugify } from "./markdown";

describe("slugify", () => {
  it("makes readable ids from heading text", () => {
    expect(slugify("Job vs. career: what's the difference?")).toBe("job-vs-career-whats-the-difference");
    expect(slugify("  Café & crème  ")).toBe("cafe-creme");
    expect(slugify("1. Set long-term goals")).toBe("1-set-long-term-goals");
  });
});

describe("renderMarkdown", () => {
  it("gives h2 and h3 ids and lists them in the table of contents", () => {
    const { html, toc } = renderMarkdown("# Title\n\n## First part\n\n### A *detail*\n\n#### Too deep\n");
    expect(html).toContain('<h2 id="first-part">First part</h2>');
    expect(html).toContain('<h3 id="a-detail">A <em>detail</em></h3>');
    expect(toc).toEqual([
      { id: "first-part", text: "First part", level: 2 },
      { id: "a-detail", text: "A detail", level: 3 },
    ]);
  });

  it("keeps ids unique when headings repeat, and the same between renders", () => {
    const md = "## What to do\n\n## What to do\n\n## What to do 2\n\n## What to do\n";
    const ids = renderMarkdown(md).toc.map((entry) => entry.id);
    expect(ids).toEqual(["what-to-do", "what-to-do-2", "what-to-do-2-2", "what-to-do-3"]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(renderMarkdown(md).toc.map((entry) => entry.id)).toEqual(ids);
  });

  it("keeps the plain text of a heading for the table of contents", () => {
    const { toc } = renderMarkdown("## Q&A: `<b>` and **more**\n");
    expect(toc[0].text).toBe("Q&A: <b> and more");
  });

  it("turns GitHub-style alerts into callouts", () => {
    const { html } = renderMarkdown("> [!TIP]\n> Write it **down**.\n>\n> Then review it.\n");
    expect(html).toMatch(/^<aside class="callout callout-tip" role="note">\n<p class="callout-title">Tip<\/p>/);
    expect(html).toContain("<p>Write it <strong>down</strong>.</p>");
    expect(html).toContain("<p>Then review it.</p>");
    expect(html).not.toContain("[!TIP]");
    expect(html).not.toContain("<blockquote>");
  });

  it.each([
    ["NOTE", "note", "Note"],
    ["important", "important", "Important"],
    ["WARNING", "warning", "Warning"],
  ])("renders a [!%s] callout", (marker, kind, title) => {
    const { html } = renderMarkdown(`> [!${marker}]\n> Text.\n`);
    expect(html).toContain(`<aside class="callout callout-${kind}" role="note">`);
    expect(html).toContain(`<p class="callout-title">${title}</p>`);
  });

  it("leaves ordinary quotes as blockquotes", () => {
    expect(renderMarkdown("> Just a quote.\n").html).toBe("<blockquote>\n<p>Just a quote.</p>\n</blockquote>\n");
  });

  it("renders GFM tables inside a scrolling wrapper", () => {
    const { html } = renderMarkdown("| Aspect | A job |\n| --- | --- |\n| Focus | Today |\n");
    expect(html).toMatch(/^<div class="table-wrap">\n<table>/);
    expect(html).toContain("<th>Aspect</th>");
    expect(html).toContain("<td>Today</td>");
    expect(html.trim()).toMatch(/<\/table>\n<\/div>$/);
  });
});

describe("renderUntrustedMarkdown", () => {
  it("drops scripts, event handlers and images", () => {
    const html = renderUntrustedMarkdown('Hi <script>alert(1)</script>\n\n<img src="x" onerror="alert(1)">\n\n<p onclick="x()">p</p>');
    expect(html).not.toMatch(/<script|alert\(1\)|<img|onerror|onclick/);
    expect(html).toContain("Hi");
  });

  it("drops javascript: and protocol-relative links but keeps the link text", () => {
    const html = renderUntrustedMarkdown("[click](javascript:alert(1)) and <a href=\"JaVaScRiPt:alert(1)\">this</a> and [far](//evil.example)");
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toContain("evil.example");
    expect(html).toContain("click");
    expect(html).toContain("this");
  });

  it("keeps http, https and mailto links with rel=noopener nofollow", () => {
    const html = renderUntrustedMarkdown("[site](https://example.com) [old](http://example.org) [mail](mailto:a@example.com)");
    expect(html).toContain('<a href="https://example.com" rel="noopener nofollow">site</a>');
    expect(html).toContain('<a href="http://example.org" rel="noopener nofollow">old</a>');
    expect(html).toContain('<a href="mailto:a@example.com" rel="noopener nofollow">mail</a>');
  });

  it("keeps basic formatting, lists, code and tables", () => {
    const html = renderUntrustedMarkdown(
      "**bold** *em* ~~gone~~ `code`\n\n- one\n- two\n\n1. first\n\n```ts\nconst a = 1 < 2;\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |\n",
    );
    for (const fragment of ["<strong>bold</strong>", "<em>em</em>", "<del>gone</del>", "<code>code</code>", "<ul>", "<ol>", "<li>one</li>", '<code class="language-ts">const a = 1 &lt; 2;', '<div class="table-wrap">', "<td>1</td>"]) {
      expect(html).toContain(fragment);
    }
  });

  it("strips heading ids and inline styles so notes cannot clash with the page", () => {
    const html = renderUntrustedMarkdown('## Notes\n\n<span style="color:red" id="x">red</span>');
    expect(html).toContain("<h2>Notes</h2>");
    expect(html).not.toMatch(/id=|style=/);
  });
});
