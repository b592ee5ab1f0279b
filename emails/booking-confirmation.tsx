import { Button, Heading, Text } from "@react-email/components";
import { SITE } from "@/lib/seo/site";
import { EmailLayout, emailStyles } from "./_layout";

export type BookingConfirmationEmailProps = {
  name: string;
  typeName: string;
  coachName: string;
  when: string;
  whenShort: string;
  /** Absent when the change came from the coach: the link from the first email still works. */
  manageUrl?: string;
  rescheduled?: boolean;
};

/** To the person who booked: the time in their zone, the invite, and the link to change it. */
export default function BookingConfirmationEmail(p: BookingConfirmationEmailProps) {
  return (
    <EmailLayout preview={`${p.typeName} with ${p.coachName}: ${p.whenShort}`} footer={`You are receiving this because you booked a call with ${SITE.practiceName}. Reply to this email if anything is unclear.`}>
      <Heading style={emailStyles.h1}>{p.rescheduled ? "Your call has moved" : "Your call is booked"}</Heading>
      <Text style={emailStyles.p}>Hi {p.name},</Text>
      <Text style={emailStyles.p}>
        {p.rescheduled ? "Your new time for" : "Thank you for booking"} <strong>{p.typeName}</strong> with {p.coachName}:
      </Text>
      <Text style={{ ...emailStyles.p, fontWeight: 600 }}>{p.when}</Text>
      <Text style={emailStyles.p}>The attached invite (invite.ics) adds it to your calendar. {p.coachName} will read your answers before the call and send you the video link.</Text>
      {p.manageUrl ? (
        <>
          <Button href={p.manageUrl} style={emailStyles.button}>Reschedule or cancel</Button>
          <Text style={emailStyles.muted}>Or paste this address into your browser: {p.manageUrl}</Text>
          <Text style={emailStyles.muted}>Keep this link to yourself: anyone with it can change your booking.</Text>
        </>
      ) : (
        <Text style={emailStyles.p}>To reschedule or cancel, use the link in your first confirmation email.</Text>
      )}
    </EmailLayout>
  );
}

BookingConfirmationEmail.subject = (p: BookingConfirmationEmailProps) =>
  `${p.rescheduled ? "Rescheduled" : "Confirmed"}: ${p.typeName} with ${p.coachName}, ${p.whenShort}`;
BookingConfirmationEmail.PreviewProps = {
  name: "Jordan",
  typeName: "Free discovery call",
  coachName: "Alex Morgan",
  when: "Tuesday 1 December 2026, 10:00–10:30 Central European Standard Time (Europe/Paris)",
  whenShort: "Tue 1 Dec, 10:00 (Europe/Paris)",
  manageUrl: "http://localhost:3000/booking/demo-token",
} satisfies BookingConfirmationEmailProps;
