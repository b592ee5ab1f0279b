import { EmptyState } from "@/app/_components/ui";

export function NoPlanYet({ title }: { title: string }) {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <EmptyState title="Your plan is not ready yet">Your coach will set up your career plan after your first session. It will appear here.</EmptyState>
    </div>
  );
}
