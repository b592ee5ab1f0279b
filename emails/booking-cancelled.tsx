import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./_layout";

export type BookingCancelledEmailProps = {
  name: string;
  typeName: string;
  coachName: string;
  when: string;
  whenShort: string;
  byCoach: boolean;
  reason?: string | null;
  creditReturned?: boolean;
  bookUrl: string;
};

/** To the person who booked: the call is off (attached .ics removes it from their calendar). */
export default function BookingCancelledEmail(p: BookingCancelledEmailProps) {
  return (
    <EmailLayout preview={`Cancelled: ${p.typeName}, ${p.whenShort}`}>
      <Heading style={emailStyles.h1}>Your call is cancelled</Heading>
      <Text style={emailStyles.p}>Hi {p.name},</Text>
      <Text style={emailStyles.p}>
        {p.byCoach ? `${p.coachName} had to cancel` : "As you asked, we cancelled"} <strong>{p.typeName}</strong> on {p.when}.
      </Text>
      {p.reason ? <Text style={emailStyles.p}>Reason: {p.reason}</Text> : null}
      {p.creditReturned ? <Text style={emailStyles.p}>The session went back to your package, so you can book another time.</Text> : null}
      <Text style={emailStyles.p}>The attached file removes it from your calendar. Whenever you are ready, you can book a new time.</Text>
      <Button href={p.bookUrl} style={emailStyles.button}>Book a new time</Button>
    </EmailLayout>
  );
}

BookingCancelledEmail.subject = (p: BookingCancelledEmailProps) => `Cancelled: ${p.typeName}, ${p.whenShort}`;
BookingCancelledEmail.PreviewProps = {
  name: "Jordan",
  typeName: "Free discovery call",
  coachName: "Alex Morgan",
  when: "Tuesday 1 December 2026, 10:00–10:30 Central European Standard Time (Europe/Paris)",
  whenShort: "Tue 1 Dec, 10:00 (Europe/Paris)",
  byCoach: false,
  bookUrl: "http://localhost:3000/book",
} satisfies BookingCancelledEmailProps;
