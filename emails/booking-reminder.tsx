import { Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./_layout";

export type BookingReminderEmailProps = {
  name: string;
  typeName: string;
  coachName: string;
  when: string;
  whenShort: string;
  lead: "24h" | "1h";
};

/** Sent 24 hours and 1 hour before a booking, once each. */
export default function BookingReminderEmail(p: BookingReminderEmailProps) {
  return (
    <EmailLayout preview={`Reminder: ${p.typeName} ${p.lead === "1h" ? "in an hour" : "tomorrow"}`}>
      <Heading style={emailStyles.h1}>{p.lead === "1h" ? "Your call starts in an hour" : "Your call is tomorrow"}</Heading>
      <Text style={emailStyles.p}>Hi {p.name},</Text>
      <Text style={emailStyles.p}>
        A reminder of <strong>{p.typeName}</strong> with {p.coachName}:
      </Text>
      <Text style={{ ...emailStyles.p, fontWeight: 600 }}>{p.when}</Text>
      <Text style={emailStyles.p}>To reschedule or cancel, use the link in your confirmation email.</Text>
    </EmailLayout>
  );
}

BookingReminderEmail.subject = (p: BookingReminderEmailProps) => `Reminder: ${p.typeName} with ${p.coachName}, ${p.whenShort}`;
BookingReminderEmail.PreviewProps = {
  name: "Jordan",
  typeName: "Free discovery call",
  coachName: "Alex Morgan",
  when: "Tuesday 1 December 2026, 10:00–10:30 Central European Standard Time (Europe/Paris)",
  whenShort: "Tue 1 Dec, 10:00 (Europe/Paris)",
  lead: "24h",
} satisfies BookingReminderEmailProps;
