import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { JobSearchBoard } from "@/app/_components/plans/job-search-board";
import {
  addInterviewAction,
  deleteApplicationAction,
  deleteInterviewAction,
  deleteNetworkingAction,
  saveApplicationAction,
  saveNetworkingAction,
} from "../actions";
import { loadCoachPlan } from "../load";
import { PlanNav } from "../plan-nav";

export const metadata: Metadata = { title: "Job search" };

export default async function CoachJobSearchPage({ params }: { params: Promise<{ contactId: string }> }) {
  const { contactId } = await params;
  const { contact, details, today } = await loadCoachPlan(contactId);
  if (!details) redirect(`/coach/clients/${contact.id}/plan`);
  const id = contact.id;
  return (
    <div className="space-y-8">
      <PlanNav contact={contact} active="/job-search" />
      <p className="text-sm text-muted-foreground">{contact.name.split(" ")[0]} keeps this up to date in the portal; you can add and correct entries here too.</p>
      <JobSearchBoard
        data={details}
        goals={details.goals.map((g) => ({ id: g.id, title: g.title }))}
        today={today}
        actions={{
          saveApplication: (appId) => saveApplicationAction.bind(null, id, appId),
          deleteApplication: (appId) => deleteApplicationAction.bind(null, id, appId),
          addInterview: (appId) => addInterviewAction.bind(null, id, appId),
          deleteInterview: (interviewId) => deleteInterviewAction.bind(null, id, interviewId),
          saveNetworking: (personId) => saveNetworkingAction.bind(null, id, personId),
          deleteNetworking: (personId) => deleteNetworkingAction.bind(null, id, personId),
        }}
      />
    </div>
  );
}
