import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./_layout";

export type PaymentCoachNotificationEmailProps = {
  contactName: string;
  contactEmail: string;
  packageName: string;
  amount: string;
  sessions: number;
  newContact: boolean;
  contactUrl: string;
};

export default function PaymentCoachNotificationEmail(p: PaymentCoachNotificationEmailProps) {
  return (
    <EmailLayout preview={`${p.contactName} bought ${p.packageName}`} footer="You receive this because a payment came in through Ambit.">
      <Heading style={emailStyles.h1}>New payment: {p.amount}</Heading>
      <Text style={emailStyles.p}>
        {p.contactName} ({p.contactEmail}) bought <strong>{p.packageName}</strong>: {p.sessions} {p.sessions === 1 ? "session" : "sessions"} added to
        their credits.
      </Text>
      {p.newContact ? <Text style={emailStyles.p}>They are new to your contacts; a client portal invitation went out to them.</Text> : null}
      <Button href={p.contactUrl} style={emailStyles.button}>Open contact</Button>
    </EmailLayout>
  );
}

PaymentCoachNotificationEmail.subject = (p: PaymentCoachNotificationEmailProps) => `Payment received: ${p.contactName}, ${p.packageName}`;
PaymentCoachNotificationEmail.PreviewProps = {
  contactName: "Jordan Lee", contactEmail: "client@example.com", packageName: "Career Growth", amount: "£840.00", sessions: 6, newContact: false,
  contactUrl: "http://localhost:3000/coach/contacts/demo",
} satisfies PaymentCoachNotificationEmailProps;
