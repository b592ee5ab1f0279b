import type { Metadata } from "next";
import { requireCoach } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Coach dashboard" };

export default async function CoachDashboard() {
  const { coach } = await requireCoach("/coach");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Welcome back, {coach.displayName.split(" ")[0]}</h1>
      <p className="text-muted-foreground">Your sessions, new leads and the funnel will appear here.</p>
    </div>
  );
}
