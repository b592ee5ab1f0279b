import { cn } from "../ui/cn";

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? parts[parts.length - 1][0] : "")).toUpperCase() || "·";
}

/** The coach's photo, or a calm placeholder with their initials until they add one. */
export function CoachPortrait({ name, photoUrl, className }: { name: string; photoUrl: string | null; className?: string }) {
  if (photoUrl) {
    return (
      // A plain img: the photo may be hosted anywhere the coach chooses, without image-optimizer config.
      // eslint-disable-next-line @next/next/no-img-element
      <img src={photoUrl} alt={`Portrait of ${name}`} className={cn("aspect-[4/5] w-full rounded-3xl object-cover shadow-lg", className)} />
    );
  }
  return (
    <div
      role="img"
      aria-label={`${name}: photo coming soon`}
      className={cn("relative grid aspect-[4/5] w-full place-items-center overflow-hidden rounded-3xl border border-warm-border bg-warm shadow-lg", className)}
    >
      <div aria-hidden="true" className="absolute -left-10 -top-10 size-48 rounded-full bg-primary/10" />
      <div aria-hidden="true" className="absolute -bottom-16 -right-12 size-64 rounded-full border-[28px] border-primary/10" />
      <span aria-hidden="true" className="relative grid aspect-square w-1/2 max-w-32 place-items-center rounded-full bg-primary text-3xl sm:text-4xl font-semibold tracking-tight text-primary-foreground shadow-md">
        {initials(name)}
      </span>
    </div>
  );
}
