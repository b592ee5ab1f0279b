// Every route of the app and who may use it: each page, route handler and metadata route with the
// answer each role gets, and each server-action file with the guard its actions call. The unit
// test tests/unit/routes-list.test.ts fails when a route or an exported action is missing here;
// the Playwright spec tests/e2e/authz-matrix.spec.ts requests every route as every role.
//
// Roles: anonymous, client A (client@example.com), client B (client2@example.com), the coach.
// Placeholders in paths are filled by the spec with ids it finds as the coach (client A's records).

export const ROLES = ["anonymous", "clientA", "clientB", "coach"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_EMAILS: Record<Exclude<Role, "anonymous">, string> = {
  clientA: "client@example.com",
  clientB: "client2@example.com",
  coach: "coach@example.com",
};

/** An HTTP status, or "sign-in": a redirect to /sign-in (what guards do for anonymous visitors). */
export type Outcome = number | "sign-in" | { redirect: string };

export type Placeholder =
  | "token" // a manage token of a booking made through the API
  | "articleSlug"
  | "articleTag"
  | "contactA" // client A's contact id
  | "bookingA" // one of client A's bookings
  | "applicationA" // a job application in client A's plan
  | "networkingA" // a networking contact in client A's plan
  | "purchaseA" // one of client A's purchases (a payment)
  | "packageId"
  | "meetingTypeId"
  | "mailId"; // a message in the development mailbox

export type RouteEntry = {
  /** The file under app/ that serves it. */
  file: string;
  kind: "page" | "handler";
  method: "GET" | "POST";
  /** A concrete path; `{name}` is replaced by the spec. */
  path: string;
  body?: string;
  contentType?: string;
  expect: Record<Role, Outcome>;
  /** Open Graph images have a build-specific suffix: the spec takes the URL from this page's og:image. */
  ogImageOf?: string;
  note?: string;
};

export type ActionFileEntry = {
  file: string;
  /** The guard every exported action calls (itself or through a helper in the same file). */
  guard: "requireCoach" | "requireCoachFirstFactor" | "requireClient" | "public";
  /** Why a public file needs no guard. */
  reason?: string;
  actions: string[];
};

const all = (outcome: Outcome): Record<Role, Outcome> => ({ anonymous: outcome, clientA: outcome, clientB: outcome, coach: outcome });
const coachOnly: Record<Role, Outcome> = { anonymous: "sign-in", clientA: 403, clientB: 403, coach: 200 };
const clientsOnly: Record<Role, Outcome> = { anonymous: "sign-in", clientA: 200, clientB: 200, coach: 403 };
/** Client A's own record: client B does not see it exists. */
const clientAOwn: Record<Role, Outcome> = { anonymous: "sign-in", clientA: 200, clientB: 404, coach: 403 };

const page = (file: string, path: string, expect: Record<Role, Outcome>, note?: string): RouteEntry => ({ file: `app/${file}`, kind: "page", method: "GET", path, expect, note });
const handler = (file: string, method: "GET" | "POST", path: string, expect: Record<Role, Outcome>, extra: Partial<RouteEntry> = {}): RouteEntry => ({
  file: `app/${file}`,
  kind: "handler",
  method,
  path,
  expect,
  ...extra,
});

export const ROUTES: RouteEntry[] = [
  // Public site: static, the same for everyone.
  page("(marketing)/page.tsx", "/", all(200)),
  page("(marketing)/about/page.tsx", "/about", all(200)),
  page("(marketing)/services/page.tsx", "/services", all(200)),
  page("(marketing)/contact/page.tsx", "/contact", all(200)),
  page("(marketing)/resources/page.tsx", "/resources", all(200)),
  page("(marketing)/resources/[slug]/page.tsx", "/resources/{articleSlug}", all(200)),
  page("(marketing)/resources/[slug]/page.tsx", "/resources/no-such-article", all(404), "unknown slugs are not rendered"),
  page("(marketing)/resources/tag/[tag]/page.tsx", "/resources/tag/{articleTag}", all(200)),
  page("(marketing)/services/checkout/success/page.tsx", "/services/checkout/success?session_id=cs_test_unknown", all(200), "an unknown session shows a neutral message"),
  page("(marketing)/services/checkout/cancel/page.tsx", "/services/checkout/cancel", all(200)),
  handler("feed.xml/route.ts", "GET", "/feed.xml", all(200)),
  handler("sitemap.ts", "GET", "/sitemap.xml", all(200)),
  handler("robots.ts", "GET", "/robots.txt", all(200)),
  handler("favicon.ico", "GET", "/favicon.ico", all(200)),
  handler("icon.svg", "GET", "/icon.svg", all(200)),
  handler("apple-icon.png", "GET", "/apple-icon.png", all(200)),
  ...([
    ["(marketing)/opengraph-image.tsx", "/"],
    ["(marketing)/about/opengraph-image.tsx", "/about"],
    ["(marketing)/contact/opengraph-image.tsx", "/contact"],
    ["(marketing)/services/opengraph-image.tsx", "/services"],
    ["(marketing)/resources/opengraph-image.tsx", "/resources"],
    ["(marketing)/resources/[slug]/opengraph-image.tsx", "/resources/{articleSlug}"],
  ] as const).map(([file, of]) => handler(file, "GET", `${of} og:image`, all(200), { ogImageOf: of })),

  // Booking: public; the manage pages are reached by their secret token only.
  page("(booking)/book/page.tsx", "/book", all(200)),
  page("(booking)/book/[type]/page.tsx", "/book/discovery", all(200)),
  page("(booking)/book/[type]/page.tsx", "/book/coaching-session", all(404), "client-only meeting types are not bookable on the public site"),
  page("(booking)/booking/[token]/page.tsx", "/booking/{token}", all(200)),
  page("(booking)/booking/[token]/page.tsx", "/booking/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", all(404), "a well-formed but wrong token"),
  page("(booking)/booking/[token]/confirmed/page.tsx", "/booking/{token}/confirmed", all(200)),
  handler("(booking)/booking/[token]/ics/route.ts", "GET", "/booking/{token}/ics", all(200)),
  handler("(booking)/booking/[token]/ics/route.ts", "GET", "/booking/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/ics", all(404)),

  // Sign-in.
  page("(auth)/sign-in/page.tsx", "/sign-in", all(200)),
  page("(auth)/sign-in/check-email/page.tsx", "/sign-in/check-email", all(200)),
  page("(auth)/sign-in/two-factor/page.tsx", "/sign-in/two-factor", { anonymous: "sign-in", clientA: 403, clientB: 403, coach: { redirect: "/coach" } }, "the code page; the demo coach has no second factor, so it goes straight on"),
  page("(auth)/after-sign-in/page.tsx", "/after-sign-in", { anonymous: "sign-in", clientA: { redirect: "/portal" }, clientB: { redirect: "/portal" }, coach: { redirect: "/coach" } }),
  handler("api/auth/[...nextauth]/route.ts", "GET", "/api/auth/session", all(200), { note: "the session itself, or null" }),

  // Public API: the same for every role (DESIGN.md's contract).
  handler("api/health/route.ts", "GET", "/api/health", all(200)),
  handler("api/ready/route.ts", "GET", "/api/ready", all(200)),
  handler("api/availability/route.ts", "GET", "/api/availability?type=discovery&from=2030-01-07&to=2030-01-08&tz=Europe/London", all(200)),
  handler("api/availability/route.ts", "GET", "/api/availability?type=discovery", all(400)),
  handler("api/bookings/route.ts", "POST", "/api/bookings", all(422), { body: "{}", contentType: "application/json", note: "an empty request: nothing is booked by this test" }),
  handler("api/calendar/[token]/route.ts", "GET", "/api/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics", all(404), { note: "the feed's secret token is the only key" }),
  handler("api/stripe/webhook/route.ts", "POST", "/api/stripe/webhook", all(503), { body: "{}", contentType: "application/json", note: "payments are not configured in the e2e server; with keys, an unsigned body is a 400" }),
  handler("api/cron/tick/route.ts", "POST", "/api/cron/tick", all(404), { note: "hidden when CRON_SECRET is unset; with it, a wrong bearer is a 401" }),
  handler("api/bench/ping/route.ts", "GET", "/api/bench/ping", all(404), { note: "benchmark baseline, only with AMBIT_BENCH=on" }),
  handler("api/bench/insert/route.ts", "POST", "/api/bench/insert", all(404), { note: "benchmark baseline, only with AMBIT_BENCH=on" }),
  handler("api/bench/stats/route.ts", "GET", "/api/bench/stats", all(404), { note: "benchmark counters, only with AMBIT_BENCH=on" }),
  handler("portal/digest/opt-out/route.ts", "GET", "/portal/digest/opt-out?token=forged", all(400), { note: "the signed token is the key, not the session" }),

  // Development mailbox: on in the e2e server (AMBIT_DEV_MAIL=on), a 404 in production by default.
  page("dev/mail/page.tsx", "/dev/mail", all(200), "AMBIT_DEV_MAIL=on only: it shows every sign-in link"),
  page("dev/mail/[id]/page.tsx", "/dev/mail/{mailId}", all(200), "AMBIT_DEV_MAIL=on only"),

  // Coach workspace.
  page("coach/page.tsx", "/coach", coachOnly),
  page("coach/contacts/page.tsx", "/coach/contacts?q=client", coachOnly),
  page("coach/contacts/board/page.tsx", "/coach/contacts/board", coachOnly),
  page("coach/contacts/new/page.tsx", "/coach/contacts/new", coachOnly),
  page("coach/contacts/import/page.tsx", "/coach/contacts/import", coachOnly),
  page("coach/contacts/[id]/page.tsx", "/coach/contacts/{contactA}", coachOnly),
  page("coach/contacts/[id]/page.tsx", "/coach/contacts/00000000-0000-4000-8000-000000000000", { ...coachOnly, coach: 404 }),
  page("coach/contacts/[id]/erase/page.tsx", "/coach/contacts/{contactA}/erase", coachOnly, "the confirmation page only"),
  handler("coach/contacts/export/route.ts", "GET", "/coach/contacts/export", coachOnly),
  handler("coach/contacts/[id]/export/route.ts", "GET", "/coach/contacts/{contactA}/export", coachOnly),
  page("coach/clients/page.tsx", "/coach/clients", coachOnly),
  page("coach/clients/[contactId]/plan/page.tsx", "/coach/clients/{contactA}/plan", coachOnly),
  page("coach/clients/[contactId]/plan/growth/page.tsx", "/coach/clients/{contactA}/plan/growth", coachOnly),
  page("coach/clients/[contactId]/plan/job-search/page.tsx", "/coach/clients/{contactA}/plan/job-search", coachOnly),
  page("coach/clients/[contactId]/plan/achievements/page.tsx", "/coach/clients/{contactA}/plan/achievements", coachOnly),
  page("coach/sessions/page.tsx", "/coach/sessions", coachOnly),
  page("coach/sessions/new/page.tsx", "/coach/sessions/new", coachOnly),
  page("coach/sessions/[id]/page.tsx", "/coach/sessions/{bookingA}", coachOnly),
  page("coach/packages/page.tsx", "/coach/packages", coachOnly),
  page("coach/packages/new/page.tsx", "/coach/packages/new", coachOnly),
  page("coach/packages/[id]/page.tsx", "/coach/packages/{packageId}", coachOnly),
  page("coach/payments/page.tsx", "/coach/payments", coachOnly),
  page("coach/payments/[id]/page.tsx", "/coach/payments/{purchaseA}", coachOnly),
  page("coach/settings/page.tsx", "/coach/settings", coachOnly),
  page("coach/settings/security/page.tsx", "/coach/settings/security", coachOnly),
  page("coach/settings/meeting-types/page.tsx", "/coach/settings/meeting-types", coachOnly),
  page("coach/settings/meeting-types/[id]/page.tsx", "/coach/settings/meeting-types/{meetingTypeId}", coachOnly),

  // Client portal: each client sees only their own records.
  page("portal/page.tsx", "/portal", clientsOnly),
  page("portal/actions/page.tsx", "/portal/actions", clientsOnly),
  page("portal/growth/page.tsx", "/portal/growth", clientsOnly),
  page("portal/job-search/page.tsx", "/portal/job-search", clientsOnly),
  page("portal/job-search/applications/[id]/page.tsx", "/portal/job-search/applications/{applicationA}", clientAOwn),
  page("portal/job-search/contacts/[id]/page.tsx", "/portal/job-search/contacts/{networkingA}", clientAOwn),
  page("portal/sessions/page.tsx", "/portal/sessions", clientsOnly),
  page("portal/sessions/[bookingId]/page.tsx", "/portal/sessions/{bookingA}", clientAOwn),
  page("portal/packages/page.tsx", "/portal/packages", clientsOnly),
  page("portal/settings/page.tsx", "/portal/settings", clientsOnly),
  page("portal/plan/print/page.tsx", "/portal/plan/print", clientsOnly),
];

export const ACTION_FILES: ActionFileEntry[] = [
  { file: "app/coach/actions.ts", guard: "requireCoach", actions: ["markLeadsSeenAction"] },
  { file: "app/coach/contacts/actions.ts", guard: "requireCoach", actions: ["createContactAction", "updateContactAction", "moveStageAction", "addNoteAction", "updateNoteAction", "deleteNoteAction", "convertToClientAction", "eraseContactAction", "previewImportAction", "confirmImportAction", "recordPaymentAction", "grantCreditsAction", "returnCreditAction"] },
  {
    file: "app/coach/clients/[contactId]/plan/actions.ts",
    guard: "requireCoach",
    actions: [
      "applyTemplateAction", "saveHeaderAction", "saveGoalAction", "saveMilestoneAction", "saveActionItemAction", "saveSkillAction", "saveLearningAction",
      "addAchievementAction", "saveApplicationAction", "addInterviewAction", "saveNetworkingAction", "saveTemplateAction", "moveGoalAction", "deleteGoalAction",
      "moveMilestoneAction", "setMilestoneDoneAction", "deleteMilestoneAction", "setActionItemDoneAction", "deleteActionItemAction", "deleteSkillAction",
      "deleteLearningAction", "deleteAchievementAction", "deleteApplicationAction", "deleteInterviewAction", "deleteNetworkingAction",
    ],
  },
  { file: "app/coach/packages/actions.ts", guard: "requireCoach", actions: ["savePackage", "archivePackage", "restorePackage", "movePackageAction"] },
  { file: "app/coach/payments/[id]/actions.ts", guard: "requireCoach", actions: ["refundPayment"] },
  { file: "app/coach/settings/security/actions.ts", guard: "requireCoach", actions: ["startTwoFactorSetupAction", "cancelTwoFactorSetupAction", "saveRecoveryCodesAction", "disableTwoFactorAction"] },
  { file: "app/(auth)/sign-in/two-factor/actions.ts", guard: "requireCoachFirstFactor", actions: ["verifyTwoFactorAction"] },
  { file: "app/coach/sessions/actions.ts", guard: "requireCoach", actions: ["markOutcomeAction", "saveSessionNotesAction", "createActionItemsAction", "cancelSessionAction", "rescheduleSessionAction", "bookForClientAction"] },
  {
    file: "app/coach/settings/actions.ts",
    guard: "requireCoach",
    actions: ["saveProfileAction", "saveBookingRulesAction", "saveWeeklyHoursAction", "saveOverrideAction", "deleteOverrideAction", "regenerateCalendarFeedAction", "createMeetingTypeAction", "updateMeetingTypeAction", "deleteMeetingTypeAction"],
  },
  {
    file: "app/portal/actions.ts",
    guard: "requireClient",
    actions: [
      "tickActionItemAction", "addAchievementAction", "deleteAchievementAction", "setLearningDoneAction", "saveApplicationAction", "deleteApplicationAction", "addInterviewAction",
      "deleteInterviewAction", "saveNetworkingAction", "deleteNetworkingAction", "setDigestAction", "bookFollowUpAction", "cancelSessionAction",
    ],
  },
  { file: "app/portal/packages/actions.ts", guard: "requireClient", actions: ["buyMoreSessions"] },
  { file: "app/portal/settings/actions.ts", guard: "requireClient", actions: ["saveMyTimeZoneAction"] },
  { file: "app/(auth)/sign-in/actions.ts", guard: "public", reason: "anyone asks for a sign-in link; unknown addresses get none", actions: ["requestMagicLink"] },
  { file: "app/(booking)/book/actions.ts", guard: "public", reason: "the public booking form; rate-limited per IP and email", actions: ["bookFromPage"] },
  { file: "app/(booking)/booking/[token]/actions.ts", guard: "public", reason: "the manage link's secret token is the key; rate-limited per IP", actions: ["rescheduleFromLink", "cancelFromLink"] },
  { file: "app/(marketing)/contact/actions.ts", guard: "public", reason: "the public contact form; rate-limited per IP and email", actions: ["sendContactMessage"] },
  { file: "app/(marketing)/services/checkout/actions.ts", guard: "public", reason: "anyone may start a Stripe Checkout for a package; rate-limited per IP", actions: ["buyPackage"] },
  { file: "app/(auth)/sign-out/actions.ts", guard: "public", reason: "signing out needs no role", actions: ["signOutAction"] },
];
