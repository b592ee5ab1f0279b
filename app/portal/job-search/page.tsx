import type { Metadata } from "next";
import { JobSearchBoard } from "@/app/_components/plans/job-search-board";
import { loadClientPlan } from "../load";
import { NoPlanYet } from "../no-plan";
import { portalJobSearchActions } from "./board-actions";

export const metadata: Metadata = { title: "Job search" };

export default async function JobSearchPage() {
  const { details, today } = await loadClientPlan("/portal/job-search");
  if (!details) return <NoPlanYet title="Job search" />;
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Job search</h1>
        <p className="text-muted-foreground">Keep your applications, interviews and networking contacts here. Your coach sees them too, so your sessions can start from where you are.</p>
      </div>
      <JobSearchBoard
        data={details}
        goals={details.goals.map((g) => ({ id: g.id, title: g.title }))}
        today={today}
        actions={portalJobSearchActions}
        detailHref={(kind, id) => `/portal/job-search/${kind === "application" ? "applications" : "contacts"}/${id}`}
      />
    </div>
  );
}
