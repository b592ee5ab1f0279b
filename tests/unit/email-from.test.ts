import { describe, expect, it } from "vitest";
import SignInEmail from "@/emails/sign-in";
import { fromAddress } from "@/lib/email/from-address";
import { renderEmail } from "@/lib/email/outbox";
import { createElement } from "react";

describe("the sender and subject of emails", () => {
  it("sends a bare EMAIL_FROM under the practice's name", () => {
    expect(fromAddress("hello@ambit.localhost", "Alex Morgan Coaching")).toBe('"Alex Morgan Coaching" <hello@ambit.localhost>');
    expect(fromAddress(" <hello@x.test> ", "Alex Morgan Coaching")).toBe('"Alex Morgan Coaching" <hello@x.test>');
    expect(fromAddress("hello@x.test", 'Jo "JJ" Smith')).toBe('"Jo JJ Smith" <hello@x.test>');
  });

  it("keeps a sender the operator named", () => {
    expect(fromAddress("Alex <alex@example.com>", "Alex Morgan Coaching")).toBe("Alex <alex@example.com>");
  });

  it("names the sign-in message for the practice, not the host or the software", async () => {
    expect(SignInEmail.subject()).toBe("Sign in to Alex Morgan Coaching");
    const { html, text } = await renderEmail(createElement(SignInEmail, { url: "http://localhost:3900/api/auth/callback/email?token=t" }));
    expect(text).toMatch(/sign in to Alex Morgan Coaching/i);
    expect(html).not.toMatch(/>Ambit</);
    expect(text).not.toMatch(/\bAmbit\b/);
  });
});
