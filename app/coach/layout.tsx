import { AppShell } from "@/app/_components/app-shell";
import { requireCoachFirstFactor } from "@/lib/auth/guards";
import { signOutAction } from "@/app/(auth)/sign-out/actions";

export const COACH_NAV = [
  { href: "/coach", label: "Dashboard" },
  { href: "/coach/contacts", label: "Contacts" },
  { href: "/coach/clients", label: "Clients" },
  { href: "/coach/sessions", label: "Sessions" },
  { href: "/coach/packages", label: "Packages" },
  { href: "/coach/payments", label: "Payments" },
  { href: "/coach/settings", label: "Settings" },
];

// The guard here only shapes the frame; every page and action calls requireCoach() itself, which
// also asks for the second factor with the page's own path to come back to (a layout cannot know it).
export default async function CoachLayout({ children }: { children: React.ReactNode }) {
  const { user } = await requireCoachFirstFactor();
  return (
    <AppShell area="Coach" nav={COACH_NAV} userLabel={user.name ?? user.email} signOut={signOutAction}>
      {children}
    </AppShell>
  );
}
