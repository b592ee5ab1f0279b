// The weekly digest's opt-out link. It works without signing in: the token is the user id signed
// with the app secret. GET only asks (mail scanners follow links); the button POSTs the change.
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { readDigestOptOutToken } from "@/lib/plans/rules/digest-opt-out-token";
import { setDigestOptOut } from "@/lib/plans/digest/set-digest-opt-out";

function escape(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(status: number, title: string, body: string) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} · Ambit</title>
<style>body{font-family:system-ui,sans-serif;background:#f8fafc;color:#0f172a;margin:0}main{max-width:32rem;margin:4rem auto;padding:2rem;background:#fff;border:1px solid #cbd5e1;border-radius:8px}h1{font-size:1.5rem;margin:0 0 1rem}p{line-height:1.6}button{background:#0f766e;color:#fff;border:0;border-radius:6px;padding:.7rem 1.2rem;font-size:1rem;cursor:pointer}button:focus-visible,a:focus-visible{outline:2px solid #0d9488;outline-offset:2px}a{color:#0f766e}
@media (prefers-color-scheme: dark){body{background:#0b1120;color:#e2e8f0}main{background:#111827;border-color:#334155}button{background:#2dd4bf;color:#042f2e}a{color:#2dd4bf}}</style></head>
<body><main id="main"><h1>${escape(title)}</h1>${body}</main></body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

function userFrom(token: string | null) {
  return token ? readDigestOptOutToken(token, env().authSecret) : null;
}

export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token");
  if (!userFrom(token)) return page(400, "This link is not valid", `<p>The link may have been cut short. You can also turn the weekly email off on your <a href="/portal/actions">actions page</a>.</p>`);
  return page(
    200,
    "Stop the weekly email?",
    `<p>You will no longer get the Monday summary of your due and overdue actions. You can turn it back on from your actions page at any time.</p>
<form method="post"><input type="hidden" name="token" value="${escape(token!)}"><button type="submit">Stop the weekly email</button></form>`,
  );
}

export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const token = form?.get("token");
  const userId = userFrom(typeof token === "string" ? token : null);
  if (!userId) return page(400, "This link is not valid", `<p>You can turn the weekly email off on your <a href="/portal/actions">actions page</a>.</p>`);
  await setDigestOptOut(getDb(), userId, true, new Date());
  return page(200, "You will not get the weekly email any more", `<p>Your plan is still there whenever you want it: <a href="/portal">open my roadmap</a>.</p>`);
}
