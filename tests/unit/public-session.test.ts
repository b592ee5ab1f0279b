import { describe, expect, it } from "vitest";
import { withPublicSession } from "@/lib/auth/public-session";

// What Auth.js answers for a database session: the session row, its token and the whole user row.
const authJsSession = {
  sessionToken: "2c1f7a0e-secret-token",
  userId: "user-1",
  expires: "2027-01-01T00:00:00.000Z",
  user: { id: "user-1", name: "Jordan Lee", email: "client@example.com", emailVerified: null, image: null, role: "client", timezone: "Europe/London", digestOptOut: null, createdAt: "2026-01-01" },
};

function authJs(body: unknown) {
  return async () => {
    const headers = new Headers({ "content-type": "application/json", "content-length": "999" });
    headers.append("set-cookie", "authjs.session-token=2c1f7a0e-secret-token; Path=/; HttpOnly");
    return new Response(JSON.stringify(body), { status: 200, headers });
  };
}

describe("/api/auth/session", () => {
  it("answers with the name, email and role only; the cookie refresh is kept", async () => {
    const response = await withPublicSession(authJs(authJsSession))(new Request("http://localhost/api/auth/session"));
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ user: { name: "Jordan Lee", email: "client@example.com", role: "client" }, expires: "2027-01-01T00:00:00.000Z" });
    expect(text).not.toContain("secret-token");
    expect(response.headers.get("content-length")).toBeNull();
    expect(response.headers.getSetCookie()).toEqual(["authjs.session-token=2c1f7a0e-secret-token; Path=/; HttpOnly"]);
  });

  it("signed out stays null; other Auth.js endpoints pass through untouched", async () => {
    const signedOut = await withPublicSession(authJs(null))(new Request("http://localhost/api/auth/session"));
    expect(await signedOut.json()).toBeNull();
    const csrf = await withPublicSession(authJs({ csrfToken: "abc" }))(new Request("http://localhost/api/auth/csrf"));
    expect(await csrf.json()).toEqual({ csrfToken: "abc" });
  });
});
