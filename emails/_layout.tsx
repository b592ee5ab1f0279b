import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { SITE } from "@/lib/seo/site";

// The frame every email shares, headed by the practice's name: plain, readable, works in every client.
export function EmailLayout({ preview, children, footer }: { preview: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f6f7f9", fontFamily: "Inter, Helvetica, Arial, sans-serif", color: "#1f2937" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "32px", borderRadius: "8px", maxWidth: "560px", margin: "24px auto" }}>
          <Text style={{ fontSize: "18px", fontWeight: 600, color: "#0f766e", margin: "0 0 16px" }}>{SITE.practiceName}</Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#e5e7eb", margin: "24px 0" }} />
          <Text style={{ fontSize: "12px", color: "#6b7280" }}>{footer ?? `You are receiving this because of an action on ${SITE.practiceName}.`}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const emailStyles = {
  h1: { fontSize: "22px", fontWeight: 600, margin: "0 0 12px" },
  p: { fontSize: "15px", lineHeight: "24px", margin: "0 0 12px" },
  button: { backgroundColor: "#0f766e", color: "#ffffff", padding: "12px 20px", borderRadius: "6px", fontWeight: 600, textDecoration: "none", display: "inline-block" },
  muted: { fontSize: "13px", color: "#6b7280" },
} as const;
