import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./_layout";

export type SignInEmailProps = { url: string; host: string };

export default function SignInEmail({ url, host }: SignInEmailProps) {
  return (
    <EmailLayout preview={`Your sign-in link for ${host}`} footer="If you did not ask to sign in, you can ignore this email.">
      <Heading style={emailStyles.h1}>Sign in to Ambit</Heading>
      <Text style={emailStyles.p}>Click the button below to sign in. The link works once and expires in 24 hours.</Text>
      <Button href={url} style={emailStyles.button}>Sign in</Button>
      <Text style={emailStyles.muted}>Or paste this address into your browser: {url}</Text>
    </EmailLayout>
  );
}

SignInEmail.subject = (p: SignInEmailProps) => `Sign in to ${p.host}`;
SignInEmail.PreviewProps = { url: "http://localhost:3000/api/auth/callback/email?token=demo", host: "localhost:3000" } satisfies SignInEmailProps;
