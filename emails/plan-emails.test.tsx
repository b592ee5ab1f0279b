import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/email/outbox";
import PlanGoalActionsDoneEmail from "./plan-goal-actions-done";
import WeeklyDigestEmail from "./weekly-digest";

describe("plan emails", () => {
  it("the weekly digest lists overdue and due items with dates and an opt-out link", async () => {
    const props = WeeklyDigestEmail.PreviewProps;
    const { html, text } = await renderEmail(<WeeklyDigestEmail {...props} />);
    expect(WeeklyDigestEmail.subject(props)).toBe("Your week: 1 overdue, 1 due soon");
    expect(text).toContain("Overdue (1)");
    expect(text).toContain("Book coffee with two engineering managers (due Fri 20 Nov)");
    expect(text).toContain("Due in the next 7 days (1)");
    expect(html).toContain(props.optOutUrl);
    expect(html).toContain(props.actionsUrl);
    expect(WeeklyDigestEmail.subject({ ...props, overdue: [] })).toBe("Your week: 1 action due soon");
  });

  it("tells the coach which goal's actions the client finished, with a link to the plan", async () => {
    const props = PlanGoalActionsDoneEmail.PreviewProps;
    const { html, text } = await renderEmail(<PlanGoalActionsDoneEmail {...props} />);
    expect(PlanGoalActionsDoneEmail.subject(props)).toBe("Jordan Lee finished the actions for “Lead a project end to end”");
    expect(text).toContain("Hi Alex");
    expect(html).toContain(props.planUrl);
  });
});
