import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./_layout";

type DigestItem = { title: string; dueDate: string };
export type WeeklyDigestEmailProps = { name: string; coachName: string; overdue: DigestItem[]; dueSoon: DigestItem[]; actionsUrl: string; optOutUrl: string };

// Dates are calendar days (YYYY-MM-DD); formatted in UTC so the day never shifts.
function day(date: string) {
  return new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

function ItemList({ items }: { items: DigestItem[] }) {
  return (
    <Section>
      {items.map((item) => (
        <Text key={`${item.title}-${item.dueDate}`} style={{ ...emailStyles.p, margin: "0 0 6px" }}>
          • {item.title} <span style={{ color: "#6b7280" }}>(due {day(item.dueDate)})</span>
        </Text>
      ))}
    </Section>
  );
}

export default function WeeklyDigestEmail({ name, coachName, overdue, dueSoon, actionsUrl, optOutUrl }: WeeklyDigestEmailProps) {
  const count = overdue.length + dueSoon.length;
  return (
    <EmailLayout
      preview={`${count} action${count === 1 ? "" : "s"} on your career plan this week`}
      footer={
        <>
          You receive this weekly summary of your career plan. <Link href={optOutUrl} style={{ color: "#6b7280", textDecoration: "underline" }}>Stop these weekly emails</Link>.
        </>
      }
    >
      <Heading style={emailStyles.h1}>Your week, {name.split(" ")[0]}</Heading>
      <Text style={emailStyles.p}>Here is what is on your career plan with {coachName}.</Text>
      {overdue.length > 0 ? (
        <>
          <Text style={{ ...emailStyles.p, fontWeight: 600 }}>Overdue ({overdue.length})</Text>
          <ItemList items={overdue} />
        </>
      ) : null}
      {dueSoon.length > 0 ? (
        <>
          <Text style={{ ...emailStyles.p, fontWeight: 600 }}>Due in the next 7 days ({dueSoon.length})</Text>
          <ItemList items={dueSoon} />
        </>
      ) : null}
      <Button href={actionsUrl} style={emailStyles.button}>Open my actions</Button>
    </EmailLayout>
  );
}

WeeklyDigestEmail.subject = (p: WeeklyDigestEmailProps) =>
  p.overdue.length > 0 ? `Your week: ${p.overdue.length} overdue, ${p.dueSoon.length} due soon` : `Your week: ${p.dueSoon.length} action${p.dueSoon.length === 1 ? "" : "s"} due soon`;
WeeklyDigestEmail.PreviewProps = {
  name: "Jordan Lee",
  coachName: "Alex Morgan",
  overdue: [{ title: "Book coffee with two engineering managers", dueDate: "2026-11-20" }],
  dueSoon: [{ title: "Write down three achievements from this quarter", dueDate: "2026-11-28" }],
  actionsUrl: "http://localhost:3000/portal/actions",
  optOutUrl: "http://localhost:3000/portal/digest/opt-out?token=demo",
} satisfies WeeklyDigestEmailProps;
