import type { Metadata } from "next";
import { requireClient } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "My roadmap" };

export default async function PortalHome() {
  const { contact } = await requireClient("/portal");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Hello, {contact.name.split(" ")[0]}</h1>
      <p className="text-muted-foreground">Your roadmap, actions and sessions will appear here.</p>
    </div>
  );
}
