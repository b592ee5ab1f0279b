// Every route and server action of the coach workspace (dashboard, contacts, sessions, settings),
// in one list that authorization tests walk: anonymous -> sign-in, client -> 403, for each.
// Dynamic segments use an id that exists nowhere: the guard must answer before any lookup.
// A test also checks that the files on disk and the actions in the build match this list.

export const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

export type CoachRoute =
  | { kind: "page"; path: string; file: string }
  | { kind: "api"; path: string; method: "GET"; file: string }
  /** Invoke by POSTing to `path` with the header `Next-Action: <id>`; the id is looked up by file and name in the build's server-reference manifest. */
  | { kind: "action"; path: string; file: string; name: string };

const page = (path: string, file: string): CoachRoute => ({ kind: "page", path, file });
const api = (path: string, file: string): CoachRoute => ({ kind: "api", path, method: "GET", file });
const action = (path: string, file: string, names: string[]): CoachRoute[] => names.map((name) => ({ kind: "action", path, file, name }));

export const COACH_ROUTES: CoachRoute[] = [
  page("/coach", "app/coach/page.tsx"),
  page("/coach/contacts", "app/coach/contacts/page.tsx"),
  page("/coach/contacts?q=priya&stage=lead", "app/coach/contacts/page.tsx"),
  page("/coach/contacts/board", "app/coach/contacts/board/page.tsx"),
  page("/coach/contacts/new", "app/coach/contacts/new/page.tsx"),
  page("/coach/contacts/import", "app/coach/contacts/import/page.tsx"),
  page(`/coach/contacts/${UNKNOWN_ID}`, "app/coach/contacts/[id]/page.tsx"),
  page(`/coach/contacts/${UNKNOWN_ID}/erase`, "app/coach/contacts/[id]/erase/page.tsx"),
  api("/coach/contacts/export", "app/coach/contacts/export/route.ts"),
  api(`/coach/contacts/${UNKNOWN_ID}/export`, "app/coach/contacts/[id]/export/route.ts"),
  page("/coach/sessions", "app/coach/sessions/page.tsx"),
  page("/coach/sessions?view=week", "app/coach/sessions/page.tsx"),
  page("/coach/sessions/new", "app/coach/sessions/new/page.tsx"),
  page(`/coach/sessions/${UNKNOWN_ID}`, "app/coach/sessions/[id]/page.tsx"),
  page("/coach/settings", "app/coach/settings/page.tsx"),
  page("/coach/settings/meeting-types", "app/coach/settings/meeting-types/page.tsx"),
  page(`/coach/settings/meeting-types/${UNKNOWN_ID}`, "app/coach/settings/meeting-types/[id]/page.tsx"),
  page("/coach/settings/security", "app/coach/settings/security/page.tsx"),
  ...action("/coach/contacts", "app/coach/contacts/actions.ts", [
    "createContactAction", "updateContactAction", "moveStageAction", "addNoteAction", "updateNoteAction", "deleteNoteAction",
    "convertToClientAction", "eraseContactAction", "previewImportAction", "confirmImportAction",
    "recordPaymentAction", "grantCreditsAction", "returnCreditAction",
  ]),
  ...action("/coach/sessions", "app/coach/sessions/actions.ts", [
    "markOutcomeAction", "saveSessionNotesAction", "createActionItemsAction", "cancelSessionAction", "rescheduleSessionAction", "bookForClientAction",
  ]),
  ...action("/coach/settings", "app/coach/settings/actions.ts", [
    "saveProfileAction", "saveBookingRulesAction", "saveWeeklyHoursAction", "saveOverrideAction", "deleteOverrideAction",
    "regenerateCalendarFeedAction", "createMeetingTypeAction", "updateMeetingTypeAction", "deleteMeetingTypeAction",
  ]),
  ...action("/coach/settings/security", "app/coach/settings/security/actions.ts", [
    "startTwoFactorSetupAction", "cancelTwoFactorSetupAction", "saveRecoveryCodesAction", "disableTwoFactorAction",
  ]),
];

/** The folders this list covers; every page.tsx, route.ts and actions.ts under them must be in it. */
export const COACH_ROUTE_ROOTS = ["app/coach/contacts", "app/coach/sessions", "app/coach/settings"];
export const COACH_ROUTE_FILES = ["app/coach/page.tsx"];
