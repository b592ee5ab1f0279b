/**
 * What GET/POST /api/auth/session may tell a script on the page. Auth.js answers with the whole
 * session (its token and the user row); a browser needs only who is signed in.
 */
export type PublicSession = { user: { name: string | null; email: string; role: string }; expires: string };

export function publicSession(session: unknown): PublicSession | null {
  const s = session as { user?: { name?: string | null; email?: string; role?: string }; expires?: string } | null;
  if (!s?.user?.email) return null;
  return { user: { name: s.user.name ?? null, email: s.user.email, role: s.user.role ?? "client" }, expires: String(s.expires ?? "") };
}

function isSessionEndpoint(request: Request): boolean {
  return new URL(request.url).pathname.replace(/\/$/, "").endsWith("/api/auth/session");
}

/** Wraps an Auth.js route handler so the session endpoint answers with publicSession only. */
export function withPublicSession<R extends Request>(handler: (request: R) => Promise<Response>) {
  return async (request: R): Promise<Response> => {
    const response = await handler(request);
    if (!isSessionEndpoint(request) || !response.headers.get("content-type")?.includes("application/json")) return response;
    const body = publicSession(await response.json().catch(() => null));
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    // Set-Cookie (the refreshed session expiry) and the other headers are kept as Auth.js set them.
    return new Response(JSON.stringify(body), { status: response.status, headers });
  };
}
