import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { FEED_ALTERNATE } from "@/lib/seo/metadata";
import { SITE, siteUrl } from "@/lib/seo/site";
import "./globals.css";

// Inter from the npm package: no font download at build time.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${SITE.brand}: career coaching with ${SITE.coachName}`, template: `%s · ${SITE.brand}` },
  description: SITE.description,
  alternates: { types: FEED_ALTERNATE },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1120" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-dvh">
        <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-card focus:px-3 focus:py-2">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
