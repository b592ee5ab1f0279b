import { Lexer, Marked, Renderer, type RendererObject, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";

/** One heading in a rendered document, for a table of contents and anchor links. */
export type TocEntry = { id: string; text: string; level: 2 | 3 };

const CALLOUT_TITLES = {
  note: "Note",
  tip: "Tip",
  important: "Important",
  warning: "Warning",
  caution: "Caution",
} as const;
type CalloutKind = keyof typeof CALLOUT_TITLES;

/** `[!TIP]` (any kind above, any case) alone on the first line of a blockquote. */
const CALLOUT_MARKER = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\n|$)/i;

/**
 * Turns heading text into an id: lower case, accents dropped, anything but letters and digits
 * collapsed to single hyphens. "Job vs. career: what's the difference?" -> "job-vs-career-whats-the-difference".
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** Hands out ids that are unique within one document: "goals", "goals-2", "goals-3". */
function createSlugger() {
  const used = new Set<string>();
  return (text: string): string => {
    const base = slugify(text) || "section";
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Reads a `> [!KIND]` marker off a blockquote; returns the kind and the quote with the marker removed. */
function readCallout(token: Tokens.Blockquote, options: Renderer["options"]) {
  const [first, ...rest] = token.tokens;
  if (first?.type !== "paragraph") return null;
  const paragraph = first as Tokens.Paragraph;
  const match = CALLOUT_MARKER.exec(paragraph.text);
  if (!match) return null;

  const kind = match[1].toLowerCase() as CalloutKind;
  const remainder = paragraph.text.slice(match[0].length);
  const body = remainder.trim()
    ? [{ ...paragraph, raw: remainder, text: remainder, tokens: Lexer.lexInline(remainder, options) }, ...rest]
    : rest;
  return { kind, body };
}

/**
 * The renderer overrides, bound to one document's table of contents. A fresh set per call keeps
 * heading ids unique per document without any shared state between renders.
 */
function createRendererOverrides(toc: TocEntry[]): RendererObject {
  const nextId = createSlugger();

  return {
    heading({ tokens, depth }) {
      const html = this.parser.parseInline(tokens);
      const text = this.parser.parseInline(tokens, this.parser.textRenderer);
      const id = nextId(text);
      if (depth === 2 || depth === 3) toc.push({ id, text, level: depth });
      return `<h${depth} id="${escapeAttribute(id)}">${html}</h${depth}>\n`;
    },

    blockquote(token) {
      const callout = readCallout(token, this.options);
      if (!callout) return false; // an ordinary quote: the default renderer handles it
      const title = CALLOUT_TITLES[callout.kind];
      return (
        `<aside class="callout callout-${callout.kind}" role="note">\n` +
        `<p class="callout-title">${title}</p>\n${this.parser.parse(callout.body)}</aside>\n`
      );
    },

    table(token) {
      // Wide tables scroll sideways inside their wrapper instead of stretching the page on phones.
      return `<div class="table-wrap">\n${Renderer.prototype.table.call(this, token)}</div>\n`;
    },
  };
}

/**
 * Renders trusted Markdown (GitHub flavoured, with tables) to HTML. Headings get stable ids, and
 * h2/h3 are listed in `toc`; `> [!TIP]`-style blockquotes become callouts; tables are wrapped so
 * they scroll on small screens. Raw HTML passes through: use `renderUntrustedMarkdown` for text
 * that anyone other than the site's own authors wrote.
 */
export function renderMarkdown(md: string): { html: string; toc: TocEntry[] } {
  const toc: TocEntry[] = [];
  const marked = new Marked({ gfm: true, async: false }, { renderer: createRendererOverrides(toc) });
  const html = marked.parse(md, { async: false });
  return { html, toc };
}

const UNTRUSTED_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "hr", "strong", "b", "em", "i", "del", "s",
    "h2", "h3", "h4", "h5", "h6", "blockquote",
    "ul", "ol", "li", "a", "code", "pre",
    "div", "table", "thead", "tbody", "tr", "th", "td",
    "aside",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    ol: ["start"],
    th: ["align"],
    td: ["align"],
    aside: ["class", "role"],
    p: ["class"],
    div: ["class"],
    code: ["class"],
  },
  allowedClasses: {
    code: ["language-*"],
    aside: ["callout", ...Object.keys(CALLOUT_TITLES).map((kind) => `callout-${kind}`)],
    p: ["callout-title"],
    div: ["table-wrap"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener nofollow" }),
  },
};

/**
 * Renders Markdown written by someone we do not fully trust (a coach's note, a client's answer)
 * and keeps only basic formatting, lists, links (http, https, mailto; rel="noopener nofollow"),
 * code and tables. Scripts, event handlers, styles, images and `javascript:` links are removed.
 */
export function renderUntrustedMarkdown(md: string): string {
  return sanitizeHtml(renderMarkdown(md).html, UNTRUSTED_OPTIONS);
}
