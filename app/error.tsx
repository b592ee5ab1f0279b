"use client";
import { useEffect } from "react";
import Link from "next/link";

// Shown when a page fails while rendering. The details stay in the server log (matched by digest).
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String((error as Error & { digest?: string }).digest ?? "") : "";

  return (
    <main id="main" className="site-hero grid min-h-dvh place-items-center px-4 py-20">
      <div className="max-w-xl text-center">
        <Link href="/" className="text-lg font-semibold tracking-tight text-primary">Ambit</Link>
        <p className="mt-10 text-sm font-semibold uppercase tracking-wider text-primary">Something went wrong</p>
        <h1 className="mt-3 text-3xl font-semibold tracking-tight text-balance sm:text-4xl">This page didn&apos;t load properly</h1>
        <p className="mt-4 text-lg leading-relaxed text-muted-foreground">
          It&apos;s not you. Please try again; if it keeps happening, the home page and the articles are still there.
        </p>
        <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
          <button type="button" onClick={() => retry()} className="inline-flex h-12 items-center justify-center rounded-full bg-primary px-6 font-medium text-primary-foreground hover:bg-primary-hover">
            Try again
          </button>
          <Link href="/" className="inline-flex h-12 items-center justify-center rounded-full border border-border bg-card px-6 font-medium hover:bg-muted">
            Go to the home page
          </Link>
        </div>
        {digest ? <p className="mt-8 text-xs text-muted-foreground">Reference: {digest}</p> : null}
      </div>
    </main>
  );
}
