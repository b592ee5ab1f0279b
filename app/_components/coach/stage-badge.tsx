import { Badge } from "@/app/_components/ui/badge";
import type { ContactStage } from "@/db/schema";
import { stageLabel } from "@/lib/crm/manage-contacts";

const TONES: Record<ContactStage, "neutral" | "accent" | "success" | "warning" | "danger"> = {
  lead: "neutral",
  discovery_booked: "accent",
  discovery_done: "accent",
  proposal: "warning",
  client: "success",
  alumni: "neutral",
  lost: "danger",
};

export function StageBadge({ stage }: { stage: ContactStage }) {
  return <Badge tone={TONES[stage]}>{stageLabel(stage)}</Badge>;
}
