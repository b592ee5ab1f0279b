import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplicationEditor, ApplicationSummary } from "@/app/_components/plans/job-search-board";
import { loadClientPlan } from "../../../load";
import { portalJobSearchActions } from "../../board-actions";

export const metadata: Metadata = { title: "Application" };

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { details, today } = await loadClientPlan(`/portal/job-search/applications/${id}`);
  // Looked up inside the client's own plan only: another client's id is simply not found.
  const application = details?.applications.find((a) => a.id === id);
  if (!details || !application) notFound();
  const goals = details.goals.map((g) => ({ id: g.id, title: g.title }));
  return (
    <div className="space-y-6">
      <Link href="/portal/job-search" className="text-sm text-primary underline">← All applications</Link>
      <h1 className="text-2xl font-semibold">Application</h1>
      <div className="rounded-lg border border-border bg-card p-4">
        <ApplicationSummary application={application} goalTitle={goals.find((g) => g.id === application.goalId)?.title} today={today} headingLevel={2} />
        <ApplicationEditor application={application} interviews={details.interviews.filter((i) => i.applicationId === application.id)} goals={goals} actions={portalJobSearchActions} open />
      </div>
    </div>
  );
}
