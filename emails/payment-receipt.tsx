import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./_layout";

export type PaymentReceiptEmailProps = {
  name: string;
  coachName: string;
  packageName: string;
  amount: string;
  sessions: number;
  paidOn: string;
  reference: string;
  portalUrl: string;
};

export default function PaymentReceiptEmail(p: PaymentReceiptEmailProps) {
  return (
    <EmailLayout preview={`Receipt: ${p.packageName}, ${p.amount}`} footer={`Keep this email as your receipt. Reference ${p.reference}.`}>
      <Heading style={emailStyles.h1}>Thank you, {p.name.split(" ")[0]}</Heading>
      <Text style={emailStyles.p}>
        Your payment for <strong>{p.packageName}</strong> with {p.coachName} went through. {p.sessions === 1 ? "One session is" : `${p.sessions} sessions are`} now
        ready for you to book.
      </Text>
      <Text style={emailStyles.p}>
        Amount paid: <strong>{p.amount}</strong>
        <br />
        Date: {p.paidOn}
        <br />
        Reference: {p.reference}
      </Text>
      <Button href={p.portalUrl} style={emailStyles.button}>See my sessions</Button>
      <Text style={emailStyles.muted}>Questions about this payment? Reply to this email.</Text>
    </EmailLayout>
  );
}

PaymentReceiptEmail.subject = (p: PaymentReceiptEmailProps) => `Your receipt: ${p.packageName}`;
PaymentReceiptEmail.PreviewProps = {
  name: "Jordan Lee", coachName: "Alex Morgan", packageName: "Career Growth", amount: "£840.00", sessions: 6,
  paidOn: "24 November 2026", reference: "cs_test_demo", portalUrl: "http://localhost:3000/portal/packages",
} satisfies PaymentReceiptEmailProps;
