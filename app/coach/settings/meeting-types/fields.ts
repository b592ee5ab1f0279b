import type { FieldSpec } from "@/app/_components/forms/action-form";
import type { MeetingType } from "@/db/schema";
import { formatIntakeQuestions } from "@/lib/coaching/meeting-types";

/** The meeting-type form's fields, filled from `type` when editing. */
export function meetingTypeFields(type?: MeetingType): FieldSpec[] {
  return [
    { name: "name", label: "Name", defaultValue: type?.name ?? "", required: true },
    { name: "slug", label: "Slug (in booking links)", defaultValue: type?.slug ?? "", required: true, hint: "Lower-case letters, digits and hyphens, like cv-review" },
    { name: "kind", label: "Kind", kind: "select", defaultValue: type?.kind ?? "other", options: [{ value: "discovery", label: "Discovery call" }, { value: "coaching", label: "Coaching session" }, { value: "other", label: "Other" }] },
    { name: "durationMinutes", label: "Duration (minutes)", kind: "number", defaultValue: String(type?.durationMinutes ?? 60), min: 5, max: 480 },
    { name: "price", label: "Price (£)", defaultValue: type && type.priceCents > 0 ? (type.priceCents / 100).toFixed(2) : "", placeholder: "Free", hint: "Leave empty for free" },
    { name: "visibility", label: "Who can book", kind: "select", defaultValue: type?.visibility ?? "public", options: [{ value: "public", label: "Anyone (public)" }, { value: "clients", label: "Clients only (package credit)" }] },
    { name: "description", label: "Description", kind: "textarea", defaultValue: type?.description ?? "", rows: 3, wide: true },
    { name: "intakeQuestions", label: "Intake questions", kind: "textarea", defaultValue: type ? formatIntakeQuestions(type.intakeQuestions) : "", rows: 4, wide: true, hint: "One question per line; end a line with * to make it required." },
    { name: "active", label: "Active (offered for booking)", kind: "checkbox", defaultChecked: type?.active ?? true },
  ];
}
