import { AppShell } from "@/app/_components/app-shell";
import { requireClient } from "@/lib/auth/guards";
import { signOutAction } from "@/app/(auth)/sign-out/actions";

const PORTAL_NAV = [
  { href: "/portal", label: "Roadmap" },
  { href: "/portal/actions", label: "Actions" },
  { href: "/portal/sessions", label: "Sessions" },
  { href: "/portal/growth", label: "Skills & learning" },
  { href: "/portal/job-search", label: "Job search" },
  { href: "/portal/packages", label: "Buy sessions" },
  { href: "/portal/plan/print", label: "Print plan" },
  { href: "/portal/settings", label: "Settings" },
];

// The guard here only shapes the frame; every page and action calls requireClient() itself.
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const { user } = await requireClient();
  return (
    <AppShell area="My roadmap" nav={PORTAL_NAV} userLabel={user.name ?? user.email} signOut={signOutAction}>
      {children}
    </AppShell>
  );
}
