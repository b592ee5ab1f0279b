"use client";
import "./globals.css";

// Replaces the root layout when it fails itself, so it brings its own document and styles.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans">
        <title>Something went wrong · Ambit</title>
        <main id="main" className="site-hero grid min-h-dvh place-items-center px-4 py-20">
          <div className="max-w-xl text-center">
            <p className="text-lg font-semibold tracking-tight text-primary">Ambit</p>
            <h1 className="mt-8 text-3xl font-semibold tracking-tight">Something went wrong</h1>
            <p className="mt-4 text-lg leading-relaxed text-muted-foreground">The site couldn&apos;t load. Please try again in a moment.</p>
            <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
              <button type="button" onClick={() => retry()} className="inline-flex h-12 items-center justify-center rounded-full bg-primary px-6 font-medium text-primary-foreground hover:bg-primary-hover">
                Try again
              </button>
              {/* A full page load: the app around this page is what failed. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a href="/" className="inline-flex h-12 items-center justify-center rounded-full border border-border bg-card px-6 font-medium hover:bg-muted">
                Go to the home page
              </a>
            </div>
          </div>
        </main>
      </body>
    </html>
  );
}
