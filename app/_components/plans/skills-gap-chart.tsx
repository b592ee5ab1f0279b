import { Badge } from "@/app/_components/ui";
import { skillGaps } from "@/lib/plans";
import { label } from "./label";

type Skill = { id: string; name: string; kind: "soft" | "technical"; currentLevel: number; targetLevel: number };

/** Each skill as a 1-5 bar: the filled part is the current level, the outlined part the way to the target. Largest gap first. */
export function SkillsGapChart({ skills, caption = "Skills: current and target level (1-5)" }: { skills: Skill[]; caption?: string }) {
  const rows = skillGaps(skills);
  return (
    <figure className="space-y-3">
      <figcaption className="text-sm text-muted-foreground">{caption}</figcaption>
      <ul className="space-y-3">
        {rows.map((skill) => (
          <li key={skill.id} className="grid gap-1 sm:grid-cols-[minmax(10rem,16rem)_1fr] sm:items-center sm:gap-4 print-break">
            <div className="flex items-center gap-2">
              <span className="font-medium">{skill.name}</span>
              <Badge>{label(skill.kind)}</Badge>
            </div>
            <div className="flex items-center gap-3">
              <div aria-hidden="true" className="grid h-4 flex-1 grid-cols-5 gap-1">
                {[1, 2, 3, 4, 5].map((level) => (
                  <span
                    key={level}
                    className={
                      level <= skill.currentLevel
                        ? "rounded-sm bg-primary print:bg-black"
                        : level <= skill.targetLevel
                          ? "rounded-sm border-2 border-dashed border-primary print:border-black"
                          : "rounded-sm bg-muted print:border print:border-gray-300"
                    }
                  />
                ))}
              </div>
              <span className="w-40 shrink-0 text-sm tabular-nums text-muted-foreground">
                {skill.currentLevel} of 5 → {skill.targetLevel}
                {skill.gap > 0 ? ` (gap ${skill.gap})` : " (reached)"}
              </span>
            </div>
          </li>
        ))}
      </ul>
    </figure>
  );
}
