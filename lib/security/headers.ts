// Security headers, built in one place: next.config.ts sets the fixed ones (and a locked-down CSP
// for API responses and files) on every response; proxy.ts replaces the CSP on pages with one that
// allows exactly the page's scripts (a per-request nonce, or the hashes of a prerendered page).

/** Inline scripts allowed: by this response's nonce and/or by the sha256 of their exact text. */
export type CspScripts = { nonce?: string; hashes?: string[] };

export type PageCspOptions = {
  scripts: CspScripts;
  /** `next dev` needs eval for React's debugging aids and a websocket for hot reload. */
  development?: boolean;
  /** Served over HTTPS: ask the browser to upgrade any stray http:// sub-request. */
  https?: boolean;
  /** Origins a form may lead to after a redirect (Stripe Checkout when a form posts without JS). */
  formTargets?: string[];
};

/** The CSP of a page. Scripts only from this origin plus the nonce or hashes; never inline by default. */
export function buildPageCsp(opts: PageCspOptions): string {
  const { nonce, hashes = [] } = opts.scripts;
  const scriptSources = [...(nonce ? [`'nonce-${nonce}'`] : []), ...hashes.map((h) => `'${h}'`)];
  const directives: string[] = [
    "default-src 'self'",
    ["script-src 'self'", ...scriptSources, ...(opts.development ? ["'unsafe-eval'"] : [])].join(" "),
    // React and Next set style attributes; styles cannot run code, so inline styles are allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${opts.development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...(opts.formTargets ?? [])].join(" "),
    "frame-ancestors 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
  ];
  if (opts.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** For API responses and files: nothing may load or frame them as a document. */
export const LOCKED_DOWN_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers every response carries (next.config.ts `headers()`); HSTS only for production builds. */
export function baseSecurityHeaders(opts: { production: boolean }): { key: string; value: string }[] {
  const headers = [
    { key: "Content-Security-Policy", value: LOCKED_DOWN_CSP },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (opts.production) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}

/** Where a form may be redirected: Stripe Checkout, or the local fake of it in tests. */
// eslint-disable-next-line no-restricted-properties -- next.config.ts calls it at build time, before env() can be valid
export function checkoutFormTargets(stripeApiUrl = process.env.STRIPE_API_URL): string[] {
  const targets = ["https://checkout.stripe.com"];
  if (stripeApiUrl) {
    try {
      targets.push(new URL(stripeApiUrl).origin);
    } catch {
      // An invalid URL is reported by lib/env at start; nothing to add here.
    }
  }
  return targets;
}

/** A fresh random nonce for one response (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
