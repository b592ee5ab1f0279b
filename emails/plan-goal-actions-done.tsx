import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./_layout";

export type PlanGoalActionsDoneEmailProps = { coachName: string; clientName: string; goalTitle: string; planUrl: string };

export default function PlanGoalActionsDoneEmail({ coachName, clientName, goalTitle, planUrl }: PlanGoalActionsDoneEmailProps) {
  const first = clientName.split(" ")[0];
  return (
    <EmailLayout preview={`${first} finished every action for “${goalTitle}”`} footer="You receive this when a client finishes the actions of a goal in their career plan.">
      <Heading style={emailStyles.h1}>{first} finished a goal&apos;s actions</Heading>
      <Text style={emailStyles.p}>Hi {coachName.split(" ")[0]},</Text>
      <Text style={emailStyles.p}>
        {clientName} has ticked off the last open action for the goal “{goalTitle}”. It may be time to mark a milestone as reached, or to agree the next steps together.
      </Text>
      <Button href={planUrl} style={emailStyles.button}>Open {first}&apos;s plan</Button>
    </EmailLayout>
  );
}

PlanGoalActionsDoneEmail.subject = (p: PlanGoalActionsDoneEmailProps) => `${p.clientName} finished the actions for “${p.goalTitle}”`;
PlanGoalActionsDoneEmail.PreviewProps = {
  coachName: "Alex Morgan",
  clientName: "Jordan Lee",
  goalTitle: "Lead a project end to end",
  planUrl: "http://localhost:3000/coach/clients/00000000-0000-4000-8000-000000000000/plan",
} satisfies PlanGoalActionsDoneEmailProps;
