import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./_layout";

export type PortalInviteEmailProps = { name: string; coachName: string; url: string; reason: "converted" | "purchase" };

export default function PortalInviteEmail({ name, coachName, url, reason }: PortalInviteEmailProps) {
  return (
    <EmailLayout preview={`${coachName} invited you to your career roadmap`}>
      <Heading style={emailStyles.h1}>Welcome, {name.split(" ")[0]}</Heading>
      <Text style={emailStyles.p}>
        {reason === "purchase"
          ? `Thank you for your purchase. Your client portal with ${coachName} is ready.`
          : `${coachName} has set up your client portal.`}{" "}
        There you will find your career roadmap, your next actions, and your sessions.
      </Text>
      <Button href={url} style={emailStyles.button}>Open my roadmap</Button>
      <Text style={emailStyles.muted}>This link signs you in and works for 7 days. Later, sign in with your email address at any time.</Text>
    </EmailLayout>
  );
}

PortalInviteEmail.subject = (p: PortalInviteEmailProps) => `${p.coachName} invited you to your career roadmap`;
PortalInviteEmail.PreviewProps = { name: "Jordan Lee", coachName: "Alex Morgan", url: "http://localhost:3000/api/auth/callback/email?token=demo", reason: "converted" } satisfies PortalInviteEmailProps;
