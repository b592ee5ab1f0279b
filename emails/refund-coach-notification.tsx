import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./_layout";

export type RefundCoachNotificationEmailProps = {
  contactName: string;
  packageName: string;
  refunded: string;
  refundedTotal: string;
  paid: string;
  creditsRevoked: number;
  creditsLeft: number;
  contactUrl: string;
};

export default function RefundCoachNotificationEmail(p: RefundCoachNotificationEmailProps) {
  return (
    <EmailLayout preview={`Refund of ${p.refunded} to ${p.contactName}`} footer="You receive this because a refund went through on Stripe.">
      <Heading style={emailStyles.h1}>Refund: {p.refunded}</Heading>
      <Text style={emailStyles.p}>
        {p.contactName} was refunded {p.refunded} for <strong>{p.packageName}</strong> ({p.refundedTotal} of {p.paid} refunded so far).
      </Text>
      <Text style={emailStyles.p}>
        {p.creditsRevoked === 0
          ? "No unused session credits were removed."
          : `${p.creditsRevoked} unused session ${p.creditsRevoked === 1 ? "credit was" : "credits were"} removed.`}{" "}
        {p.creditsLeft} {p.creditsLeft === 1 ? "credit remains" : "credits remain"} on this package.
      </Text>
      <Button href={p.contactUrl} style={emailStyles.button}>Open contact</Button>
    </EmailLayout>
  );
}

RefundCoachNotificationEmail.subject = (p: RefundCoachNotificationEmailProps) => `Refund: ${p.contactName}, ${p.packageName}`;
RefundCoachNotificationEmail.PreviewProps = {
  contactName: "Jordan Lee", packageName: "Career Growth", refunded: "£420.00", refundedTotal: "£420.00", paid: "£840.00", creditsRevoked: 3, creditsLeft: 2,
  contactUrl: "http://localhost:3000/coach/contacts/demo",
} satisfies RefundCoachNotificationEmailProps;
