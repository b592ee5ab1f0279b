import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PersonEditor, PersonSummary } from "@/app/_components/plans/job-search-board";
import { loadClientPlan } from "../../../load";
import { portalJobSearchActions } from "../../board-actions";

export const metadata: Metadata = { title: "Networking contact" };

export default async function NetworkingContactPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { details, today } = await loadClientPlan(`/portal/job-search/contacts/${id}`);
  // Looked up inside the client's own plan only: another client's id is simply not found.
  const person = details?.networking.find((n) => n.id === id);
  if (!details || !person) notFound();
  const goals = details.goals.map((g) => ({ id: g.id, title: g.title }));
  return (
    <div className="space-y-6">
      <Link href="/portal/job-search" className="text-sm text-primary underline">← Job search</Link>
      <h1 className="text-2xl font-semibold">Networking contact</h1>
      <div className="rounded-lg border border-border bg-card p-4">
        <PersonSummary person={person} goalTitle={goals.find((g) => g.id === person.goalId)?.title} today={today} headingLevel={2} />
        <PersonEditor person={person} goals={goals} actions={portalJobSearchActions} open />
      </div>
    </div>
  );
}
