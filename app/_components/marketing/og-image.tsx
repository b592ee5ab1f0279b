import { ImageResponse } from "next/og";
import { SITE } from "@/lib/seo/site";

export const OG_SIZE = { width: 1200, height: 630 };
export const OG_CONTENT_TYPE = "image/png";

/**
 * A link-preview card in the site's colours. Uses the font bundled with next/og, so building the
 * images needs no network.
 */
export function renderOgImage({ eyebrow, title, footnote }: { eyebrow: string; title: string; footnote?: string }) {
  const titleSize = title.length > 70 ? 56 : title.length > 44 ? 64 : 76;
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "72px 80px",
          background: "linear-gradient(135deg, #fbf4ea 0%, #f8fafc 55%, #ccfbf1 100%)",
          color: "#0f172a",
        }}
      >
        <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
          <div style={{ width: 64, height: 64, borderRadius: 18, background: "#0f766e", display: "flex", alignItems: "center", justifyContent: "center" }}>
            <svg width="44" height="44" viewBox="0 0 32 32">
              <path d="M6 23 L13 16 L18 20 L26 10" fill="none" stroke="#ffffff" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
              <circle cx="26" cy="10" r="2.8" fill="#ffffff" />
            </svg>
          </div>
          <div style={{ display: "flex", flexDirection: "column" }}>
            <div style={{ fontSize: 30, color: "#0f172a" }}>{SITE.practiceName}</div>
            <div style={{ fontSize: 22, color: "#475569" }}>{eyebrow}</div>
          </div>
        </div>
        <div style={{ display: "flex", fontSize: titleSize, lineHeight: 1.1, letterSpacing: -0.5, maxWidth: 1000 }}>{title}</div>
        <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", fontSize: 26, color: "#475569" }}>
          <div style={{ display: "flex" }}>{footnote ?? "Turn your job into a career"}</div>
          <div style={{ display: "flex", background: "#0f766e", color: "#ffffff", padding: "14px 28px", borderRadius: 999 }}>Book a free discovery call</div>
        </div>
      </div>
    ),
    { ...OG_SIZE },
  );
}
