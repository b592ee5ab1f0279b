import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./_layout";

export type BookingCoachNotificationEmailProps = {
  kind: "booked" | "rescheduled" | "cancelled";
  contactName: string;
  contactEmail: string;
  typeName: string;
  when: string;
  whenShort: string;
  previousWhen?: string;
  answers: { label: string; value: string }[];
  source?: string | null;
  reason?: string | null;
  creditReturned?: boolean;
  contactUrl: string;
};

const HEADINGS = { booked: "New booking", rescheduled: "Booking moved", cancelled: "Booking cancelled" } as const;

/** To the coach: what changed, and (for a new booking) the intake answers to read before the call. */
export default function BookingCoachNotificationEmail(p: BookingCoachNotificationEmailProps) {
  return (
    <EmailLayout preview={`${HEADINGS[p.kind]}: ${p.contactName}, ${p.whenShort}`} footer="Sent to you as the coach on Ambit.">
      <Heading style={emailStyles.h1}>{HEADINGS[p.kind]}: {p.typeName}</Heading>
      <Text style={emailStyles.p}>
        <strong>{p.contactName}</strong> ({p.contactEmail})
        {p.kind === "booked" ? " booked a call." : p.kind === "rescheduled" ? " moved their call." : " cancelled their call."}
      </Text>
      {p.previousWhen ? <Text style={emailStyles.p}>Was: {p.previousWhen}</Text> : null}
      <Text style={{ ...emailStyles.p, fontWeight: 600 }}>{p.kind === "cancelled" ? "Was: " : ""}{p.when}</Text>
      {p.source ? <Text style={emailStyles.muted}>Came from: {p.source}</Text> : null}
      {p.reason ? <Text style={emailStyles.p}>Reason given: {p.reason}</Text> : null}
      {p.creditReturned ? <Text style={emailStyles.p}>The session credit went back to their package.</Text> : null}
      {p.answers.length > 0 ? (
        <>
          <Text style={{ ...emailStyles.p, fontWeight: 600, marginTop: "16px" }}>Their answers</Text>
          {p.answers.map((a) => (
            <Text key={a.label} style={emailStyles.p}>
              {a.label}
              <br />
              <span style={{ color: "#374151" }}>{a.value}</span>
            </Text>
          ))}
        </>
      ) : null}
      <Button href={p.contactUrl} style={emailStyles.button}>Open contact</Button>
    </EmailLayout>
  );
}

BookingCoachNotificationEmail.subject = (p: BookingCoachNotificationEmailProps) => `${HEADINGS[p.kind]}: ${p.contactName}, ${p.whenShort}`;
BookingCoachNotificationEmail.PreviewProps = {
  kind: "booked",
  contactName: "Jordan Lee",
  contactEmail: "jordan@example.com",
  typeName: "Free discovery call",
  when: "Tuesday 1 December 2026, 09:00–09:30 Greenwich Mean Time (Europe/London)",
  whenShort: "Tue 1 Dec, 09:00 (Europe/London)",
  answers: [
    { label: "Where are you now?", value: "In a job" },
    { label: "What would you like from the call?", value: "Work out my next step." },
  ],
  source: "job-vs-career",
  contactUrl: "http://localhost:3000/coach/contacts/1",
} satisfies BookingCoachNotificationEmailProps;
