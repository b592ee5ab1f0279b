import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./_layout";

export type RefundConfirmationEmailProps = {
  name: string;
  coachName: string;
  packageName: string;
  refunded: string;
  creditsLeft: number;
  portalUrl: string;
};

export default function RefundConfirmationEmail(p: RefundConfirmationEmailProps) {
  return (
    <EmailLayout preview={`Your refund of ${p.refunded}`} footer="Refunds usually reach your account within 5 to 10 working days.">
      <Heading style={emailStyles.h1}>Your refund of {p.refunded}</Heading>
      <Text style={emailStyles.p}>
        Hello {p.name.split(" ")[0]}, {p.coachName} has refunded {p.refunded} for {p.packageName}. You have {p.creditsLeft}{" "}
        {p.creditsLeft === 1 ? "session" : "sessions"} left on this package.
      </Text>
      <Button href={p.portalUrl} style={emailStyles.button}>See my sessions</Button>
    </EmailLayout>
  );
}

RefundConfirmationEmail.subject = (p: RefundConfirmationEmailProps) => `Refund of ${p.refunded} for ${p.packageName}`;
RefundConfirmationEmail.PreviewProps = {
  name: "Jordan Lee", coachName: "Alex Morgan", packageName: "Career Growth", refunded: "£420.00", creditsLeft: 2,
  portalUrl: "http://localhost:3000/portal/packages",
} satisfies RefundConfirmationEmailProps;
