import { Button, Heading, Text } from "@react-email/components";
import { SITE } from "@/lib/seo/site";
import { EmailLayout, emailStyles } from "./_layout";

export type SignInEmailProps = { url: string };

export default function SignInEmail({ url }: SignInEmailProps) {
  return (
    <EmailLayout preview={`Your sign-in link for ${SITE.practiceName}`} footer="If you did not ask to sign in, you can ignore this email.">
      <Heading style={emailStyles.h1}>Sign in to {SITE.practiceName}</Heading>
      <Text style={emailStyles.p}>Click the button below to sign in. The link works once and expires in 24 hours.</Text>
      <Button href={url} style={emailStyles.button}>Sign in</Button>
      <Text style={emailStyles.muted}>Or paste this address into your browser: {url}</Text>
    </EmailLayout>
  );
}

// Named for the practice the reader knows, not for the software or the server's host name.
SignInEmail.subject = () => `Sign in to ${SITE.practiceName}`;
SignInEmail.PreviewProps = { url: "http://localhost:3000/api/auth/callback/email?token=demo" } satisfies SignInEmailProps;
