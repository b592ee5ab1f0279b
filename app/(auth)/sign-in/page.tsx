import type { Metadata } from "next";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

const ERRORS: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  AccessDenied: "That address cannot sign in here.",
  RateLimited: "Too many sign-in requests. Please wait a few minutes and try again.",
  Default: "Something went wrong signing you in. Please try again.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Sign in</h1>
        <p className="mt-2 text-sm text-muted-foreground">Coaches and clients sign in with a link sent by email. No password to remember.</p>
      </div>
      {error ? <p role="alert" className="rounded-md border border-danger p-3 text-sm text-danger">{ERRORS[error] ?? ERRORS.Default}</p> : null}
      <SignInForm callbackUrl={callbackUrl} />
    </div>
  );
}
