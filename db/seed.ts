// Demo data: a coach, a pipeline of contacts, two clients with full career plans, packages and
// bookings. Idempotent: every row is found by a natural key first, so a second run adds nothing.
import { addDays, format, subDays } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "./client";
import * as s from "./schema";
import { withTransaction } from "./transaction";

export const DEMO_TAG = "demo";
const COACH_TZ = "Europe/London";

const DISCOVERY_QUESTIONS: s.IntakeQuestion[] = [
  { id: "situation", label: "Where are you now?", kind: "select", options: ["In a job", "Building a career", "Changing direction", "Just starting"], required: true },
  { id: "horizon", label: "What horizon are you thinking about?", kind: "select", options: ["Next 6 months", "1-2 years", "5+ years"], required: true },
  { id: "goals", label: "What would you like from the call?", kind: "textarea", required: true },
];

/** The coach's account and profile, created when missing (from AMBIT_COACH_EMAIL or the seed). */
export async function ensureCoachAccount(db: Db, email: string, name = "Alex Morgan") {
  const address = email.toLowerCase();
  await db.insert(s.users).values({ email: address, name, role: "coach", timezone: COACH_TZ }).onConflictDoNothing({ target: s.users.email });
  const [user] = await db.select().from(s.users).where(eq(s.users.email, address));
  if (user.role !== "coach") await db.update(s.users).set({ role: "coach" }).where(eq(s.users.id, user.id));
  let [coach] = await db.select().from(s.coaches).where(eq(s.coaches.userId, user.id));
  if (!coach) {
    const slug = address.split("@")[0].toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "coach";
    [coach] = await db
      .insert(s.coaches)
      .values({
        userId: user.id,
        slug: `${slug}-${user.id.slice(0, 6)}`,
        displayName: user.name ?? name,
        headline: "Career coach: turn your job into a career",
        bio: "I help people who are good at their job work out where they want it to lead, and build the plan that gets them there.",
        timezone: COACH_TZ,
      })
      .returning();
    await db.insert(s.availabilityRules).values(
      [1, 2, 3, 4, 5].map((weekday) => ({ coachId: coach.id, weekday, startTime: "09:00", endTime: "17:00" })),
    );
  }
  await db
    .insert(s.meetingTypes)
    .values({
      coachId: coach.id, slug: "discovery", name: "Free discovery call", kind: "discovery", durationMinutes: 30, priceCents: 0,
      visibility: "public", position: 0, intakeQuestions: DISCOVERY_QUESTIONS,
      description: "A free 30-minute call to talk about where you are, where you want to go, and whether coaching is the right next step.",
    })
    .onConflictDoNothing();
  return { user, coach };
}

type PlanSeed = {
  plan: Omit<typeof s.careerPlans.$inferInsert, "contactId">;
  goals: { kind: "short_term" | "long_term"; title: string; description: string; months: number; status: "not_started" | "in_progress" | "done"; progress: number; milestones: { title: string; days: number; done: boolean }[] }[];
  actions: { title: string; owner: "client" | "coach"; days: number; done: boolean; goal: number }[];
  skills: { name: string; kind: "soft" | "technical"; currentLevel: number; targetLevel: number }[];
  learning: { kind: "degree" | "course" | "certification" | "mentorship"; title: string; provider: string; status: "planned" | "in_progress" | "done"; costCents: number | null }[];
  achievements: { title: string; description: string; days: number; addedBy: "client" | "coach" }[];
};

function iso(d: Date) {
  return format(d, "yyyy-MM-dd");
}

/** Fills a database with the demo practice. `now` decides where past and future bookings fall. */
export async function seedDemoData(db: Db, opts: { now: Date; coachEmail?: string }) {
  const { now } = opts;
  const today = new TZDate(now, COACH_TZ);
  await withTransaction(db, async (t) => {
    const { coach } = await ensureCoachAccount(t, opts.coachEmail ?? "coach@example.com");
    await t.update(s.coaches).set({
      displayName: "Alex Morgan",
      headline: "Career coach for people ready to turn a job into a career",
      bio: "I spent twelve years in operations and people management before I became a coach. I noticed that the people who grew fastest were rarely the most talented: they were the ones who knew where they were going and asked for help getting there.\n\nSince 2019 I have coached more than 300 people: engineers becoming leads, teachers moving into learning design, analysts taking the step into product. Together we turn vague ambition into a plan with short-term wins and long-term direction, and we keep it honest with regular sessions.",
      minNoticeMinutes: 240, bufferAfterMinutes: 15, windowDays: 60, slotIntervalMinutes: 30,
    }).where(eq(s.coaches.id, coach.id));

    // Weekly hours: Monday to Friday, with a lunch break.
    const rules = await t.select().from(s.availabilityRules).where(eq(s.availabilityRules.coachId, coach.id));
    const wanted = [1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, startTime: "09:00", endTime: "12:30" },
      { weekday, startTime: "13:30", endTime: "17:00" },
    ]);
    const same = rules.length === wanted.length && wanted.every((w) => rules.some((r) => r.weekday === w.weekday && r.startTime === w.startTime && r.endTime === w.endTime));
    if (!same) {
      await t.delete(s.availabilityRules).where(eq(s.availabilityRules.coachId, coach.id));
      await t.insert(s.availabilityRules).values(wanted.map((w) => ({ ...w, coachId: coach.id })));
    }

    await t.insert(s.meetingTypes).values({
      coachId: coach.id, slug: "coaching-session", name: "Coaching session", kind: "coaching", durationMinutes: 60,
      priceCents: 0, visibility: "clients", position: 1,
      description: "A 60-minute coaching session, paid with a credit from your package.",
    }).onConflictDoNothing();
    const types = await t.select().from(s.meetingTypes).where(eq(s.meetingTypes.coachId, coach.id));
    const discovery = types.find((m) => m.slug === "discovery")!;
    const session = types.find((m) => m.slug === "coaching-session")!;

    const existingPackages = await t.select().from(s.packages).where(eq(s.packages.coachId, coach.id));
    if (existingPackages.length === 0) {
      await t.insert(s.packages).values([
        { coachId: coach.id, name: "Career Kickstart", description: "Three sessions to get clear on direction and build your first plan.", features: ["3 x 60-minute sessions", "Your career plan with short- and long-term goals", "Email support between sessions"], sessionCount: 3, meetingTypeId: session.id, priceCents: 45000, currency: "gbp", position: 0 },
        { coachId: coach.id, name: "Career Growth", description: "Six sessions over three to six months to make real progress on your roadmap.", features: ["6 x 60-minute sessions", "Career plan, skills gap and learning plan", "Job search support", "Email support between sessions"], sessionCount: 6, meetingTypeId: session.id, priceCents: 84000, currency: "gbp", position: 1 },
      ]);
    }
    const pkgs = await t.select().from(s.packages).where(eq(s.packages.coachId, coach.id));

    const people: { name: string; email: string; stage: s.ContactStage; source: string; tags: string[] }[] = [
      { name: "Jordan Lee", email: "client@example.com", stage: "client", source: "job-vs-career", tags: ["engineering"] },
      { name: "Sam Patel", email: "client2@example.com", stage: "client", source: "short-term-vs-long-term-career-goals", tags: ["career-change"] },
      { name: "Priya Shah", email: "priya.shah@example.com", stage: "lead", source: "contact form", tags: [] },
      { name: "Tom Becker", email: "tom.becker@example.com", stage: "lead", source: "home", tags: ["newsletter"] },
      { name: "Ana Costa", email: "ana.costa@example.com", stage: "lead", source: "turn-your-job-into-a-career", tags: [] },
      { name: "Liam O'Brien", email: "liam.obrien@example.com", stage: "discovery_booked", source: "job-vs-career", tags: [] },
      { name: "Mei Chen", email: "mei.chen@example.com", stage: "discovery_booked", source: "education-and-certifications-as-career-levers", tags: ["education"] },
      { name: "Noah Williams", email: "noah.williams@example.com", stage: "discovery_booked", source: "home", tags: [] },
      { name: "Fatima Khan", email: "fatima.khan@example.com", stage: "discovery_done", source: "short-term-vs-long-term-career-goals", tags: [] },
      { name: "Lucas Martin", email: "lucas.martin@example.com", stage: "discovery_done", source: "job-vs-career", tags: ["engineering"] },
      { name: "Emma Johansson", email: "emma.johansson@example.com", stage: "proposal", source: "turn-your-job-into-a-career", tags: ["leadership"] },
      { name: "Diego Rivera", email: "diego.rivera@example.com", stage: "proposal", source: "contact form", tags: [] },
      { name: "Grace Okafor", email: "grace.okafor@example.com", stage: "client", source: "job-vs-career", tags: ["leadership"] },
      { name: "Hannah Schmidt", email: "hannah.schmidt@example.com", stage: "alumni", source: "home", tags: [] },
      { name: "Ravi Kumar", email: "ravi.kumar@example.com", stage: "alumni", source: "education-and-certifications-as-career-levers", tags: ["education"] },
      { name: "Chloe Dubois", email: "chloe.dubois@example.com", stage: "lost", source: "home", tags: [] },
      { name: "Ben Taylor", email: "ben.taylor@example.com", stage: "lost", source: "short-term-vs-long-term-career-goals", tags: [] },
      { name: "Olivia Brown", email: "olivia.brown@example.com", stage: "lead", source: "short-term-vs-long-term-career-goals", tags: [] },
      { name: "Yusuf Demir", email: "yusuf.demir@example.com", stage: "discovery_booked", source: "turn-your-job-into-a-career", tags: [] },
      { name: "Isla Murray", email: "isla.murray@example.com", stage: "discovery_done", source: "contact form", tags: [] },
    ];
    for (const [i, p] of people.entries()) {
      await t.insert(s.contacts).values({
        coachId: coach.id, name: p.name, email: p.email, stage: p.stage, source: p.source, tags: [DEMO_TAG, ...p.tags],
        createdAt: subDays(now, 40 - i * 2),
        intake: p.stage === "lead" ? null : { situation: "In a job", horizon: "1-2 years", goals: `Work out the next step after my current role (${p.name.split(" ")[0]}).` },
      }).onConflictDoNothing();
    }
    const all = await t.select().from(s.contacts).where(eq(s.contacts.coachId, coach.id));
    const byEmail = new Map(all.map((c) => [c.email, c]));

    // Portal users for the two demo clients.
    for (const email of ["client@example.com", "client2@example.com"]) {
      const contact = byEmail.get(email)!;
      await t.insert(s.users).values({ email, name: contact.name, role: "client", timezone: email === "client@example.com" ? "Europe/London" : "America/New_York" }).onConflictDoNothing({ target: s.users.email });
      const [u] = await t.select().from(s.users).where(eq(s.users.email, email));
      if (contact.userId !== u.id) await t.update(s.contacts).set({ userId: u.id }).where(eq(s.contacts.id, contact.id));
    }

    // Timeline basics for every contact that has none yet.
    for (const c of all) {
      const [{ n }] = await t.select({ n: sql<number>`count(*)::int` }).from(s.activities).where(eq(s.activities.contactId, c.id));
      if (n > 0) continue;
      await t.insert(s.activities).values({ contactId: c.id, kind: "contact_created", summary: `Came in from ${c.source ?? "the site"}`, data: { source: c.source }, createdAt: c.createdAt });
      if (c.stage !== "lead") {
        await t.insert(s.notes).values({ contactId: c.id, body: `Demo note: ${c.name.split(" ")[0]} wants more direction than their current role gives. Follow up on long-term goals.`, createdAt: addDays(c.createdAt, 1) });
      }
    }

    // Bookings: one slot per contact on distinct days, so the exclusion constraint is never touched.
    const slotAt = (dayOffset: number, hour: number) => {
      const d = addDays(today, dayOffset);
      const weekday = d.getDay();
      const shift = weekday === 6 ? 2 : weekday === 0 ? 1 : 0; // move weekends to Monday
      const local = new TZDate(d.getFullYear(), d.getMonth(), d.getDate() + shift, hour, 0, 0, COACH_TZ);
      return new Date(local.getTime());
    };
    const bookingPlan: { email: string; day: number; hour: number; type: s.MeetingType; status: s.BookingStatus }[] = [
      { email: "liam.obrien@example.com", day: 2, hour: 10, type: discovery, status: "confirmed" },
      { email: "mei.chen@example.com", day: 3, hour: 14, type: discovery, status: "confirmed" },
      { email: "noah.williams@example.com", day: 5, hour: 11, type: discovery, status: "confirmed" },
      { email: "yusuf.demir@example.com", day: 8, hour: 15, type: discovery, status: "confirmed" },
      { email: "fatima.khan@example.com", day: -6, hour: 10, type: discovery, status: "completed" },
      { email: "lucas.martin@example.com", day: -9, hour: 14, type: discovery, status: "completed" },
      { email: "isla.murray@example.com", day: -12, hour: 11, type: discovery, status: "completed" },
      { email: "emma.johansson@example.com", day: -15, hour: 15, type: discovery, status: "completed" },
      { email: "diego.rivera@example.com", day: -18, hour: 10, type: discovery, status: "completed" },
      { email: "client@example.com", day: -30, hour: 10, type: discovery, status: "completed" },
      { email: "client@example.com", day: -14, hour: 11, type: session, status: "completed" },
      { email: "client@example.com", day: 4, hour: 9, type: session, status: "confirmed" },
      { email: "client2@example.com", day: -25, hour: 14, type: discovery, status: "completed" },
      { email: "client2@example.com", day: -7, hour: 15, type: session, status: "completed" },
      { email: "client2@example.com", day: 6, hour: 16, type: session, status: "confirmed" },
      { email: "grace.okafor@example.com", day: -3, hour: 13, type: session, status: "completed" },
      { email: "chloe.dubois@example.com", day: -20, hour: 16, type: discovery, status: "no_show" },
    ];
    for (const b of bookingPlan) {
      const contact = byEmail.get(b.email)!;
      const startsAt = slotAt(b.day, b.hour);
      const [exists] = await t.select({ id: s.bookings.id }).from(s.bookings).where(and(eq(s.bookings.contactId, contact.id), eq(s.bookings.startsAt, startsAt)));
      if (exists) continue;
      const [clash] = await t.select({ id: s.bookings.id }).from(s.bookings).where(and(eq(s.bookings.coachId, coach.id), sql`${s.bookings.status} <> 'cancelled'`, sql`tstzrange(${s.bookings.startsAt}, ${s.bookings.endsAt}) && tstzrange(${startsAt.toISOString()}::timestamptz, ${new Date(startsAt.getTime() + b.type.durationMinutes * 60_000).toISOString()}::timestamptz)`));
      if (clash) continue; // a real booking already holds that time
      await t.insert(s.bookings).values({
        coachId: coach.id, contactId: contact.id, meetingTypeId: b.type.id, startsAt, endsAt: new Date(startsAt.getTime() + b.type.durationMinutes * 60_000),
        inviteeName: contact.name, inviteeTimezone: contact.email === "client2@example.com" ? "America/New_York" : COACH_TZ, status: b.status, source: contact.source,
        intakeAnswers: b.type.kind === "discovery" ? { situation: "In a job", horizon: "1-2 years", goals: "Get clear on my next step and a plan to reach it." } : {},
        sharedNotes: b.status === "completed" && b.type.kind === "coaching" ? "We reviewed your goals and agreed the next actions on your plan." : "",
        privateNotes: b.status === "completed" ? "Demo: energetic, clear on values, unsure about timing." : "",
      });
      await t.insert(s.activities).values({ contactId: contact.id, kind: "booked", summary: `${b.type.name} booked`, data: {}, createdAt: subDays(startsAt, 5) });
    }

    // Packages bought by the clients, with credits left.
    for (const [email, pkgIndex, used] of [["client@example.com", 1, 1], ["client2@example.com", 0, 1], ["grace.okafor@example.com", 0, 1]] as const) {
      const contact = byEmail.get(email)!;
      const [has] = await t.select({ id: s.purchases.id }).from(s.purchases).where(eq(s.purchases.contactId, contact.id));
      if (has) continue;
      const pkg = pkgs[pkgIndex];
      await t.insert(s.purchases).values({
        contactId: contact.id, packageId: pkg.id, amountCents: pkg.priceCents, currency: pkg.currency,
        sessionsTotal: pkg.sessionCount, sessionsRemaining: pkg.sessionCount - used, createdAt: subDays(now, 20),
      });
      await t.insert(s.activities).values({ contactId: contact.id, kind: "paid", summary: `Bought ${pkg.name}`, data: { amountCents: pkg.priceCents }, createdAt: subDays(now, 20) });
    }

    await seedPlan(t, byEmail.get("client@example.com")!.id, jordanPlan(now), now);
    await seedPlan(t, byEmail.get("client2@example.com")!.id, samPlan(now), now);
  });
}

async function seedPlan(db: Db, contactId: string, p: PlanSeed, now: Date) {
  const [existing] = await db.select({ id: s.careerPlans.id }).from(s.careerPlans).where(eq(s.careerPlans.contactId, contactId));
  if (existing) return;
  const [plan] = await db.insert(s.careerPlans).values({ ...p.plan, contactId }).returning();
  const start = new Date(`${plan.startedOn ?? iso(now)}T12:00:00Z`);
  const goalIds: string[] = [];
  for (const [i, g] of p.goals.entries()) {
    const [goal] = await db.insert(s.goals).values({
      planId: plan.id, kind: g.kind, title: g.title, description: g.description, status: g.status, progress: g.progress, position: i,
      targetDate: iso(addDays(start, g.months * 30)),
    }).returning();
    goalIds.push(goal.id);
    for (const [j, m] of g.milestones.entries()) {
      await db.insert(s.milestones).values({ goalId: goal.id, title: m.title, dueDate: iso(addDays(start, m.days)), doneAt: m.done ? addDays(start, m.days - 2) : null, position: j });
    }
  }
  for (const a of p.actions) {
    await db.insert(s.actionItems).values({ planId: plan.id, goalId: goalIds[a.goal] ?? null, title: a.title, owner: a.owner, dueDate: iso(addDays(start, a.days)), doneAt: a.done ? addDays(start, a.days - 1) : null });
  }
  if (p.skills.length) await db.insert(s.skills).values(p.skills.map((k) => ({ ...k, planId: plan.id })));
  if (p.learning.length) await db.insert(s.learningItems).values(p.learning.map((l) => ({ ...l, planId: plan.id })));
  for (const a of p.achievements) {
    await db.insert(s.achievements).values({ planId: plan.id, title: a.title, description: a.description, achievedOn: iso(addDays(start, a.days)), addedBy: a.addedBy });
  }
}

function jordanPlan(now: Date): PlanSeed {
  return {
    plan: { currentRole: "Software engineer", targetRole: "Engineering manager", vision: "Lead a team that ships work people rely on, and grow other engineers the way I was helped to grow.", horizonYears: 3, status: "active", templateKey: "job-to-career", startedOn: iso(subDays(now, 28)) },
    goals: [
      { kind: "short_term", title: "Lead a project end to end", description: "Own delivery of the billing migration, including planning and stakeholder updates.", months: 4, status: "in_progress", progress: 0, milestones: [
        { title: "Write the project plan and get sign-off", days: 14, done: true },
        { title: "Run weekly stakeholder updates for a month", days: 60, done: false },
        { title: "Ship and present the retrospective", days: 110, done: false },
      ] },
      { kind: "short_term", title: "Get regular feedback on leadership", description: "Set up a monthly feedback conversation with my manager and two peers.", months: 3, status: "in_progress", progress: 40, milestones: [] },
      { kind: "long_term", title: "Become an engineering manager", description: "Move into a people-lead role within three years.", months: 30, status: "not_started", progress: 0, milestones: [
        { title: "Mentor a junior engineer for six months", days: 200, done: false },
        { title: "Complete a management course", days: 300, done: false },
        { title: "Act as interim lead during a manager's leave", days: 500, done: false },
      ] },
    ],
    actions: [
      { title: "Draft the billing migration plan", owner: "client", days: 7, done: true, goal: 0 },
      { title: "Ask manager for a monthly feedback slot", owner: "client", days: 10, done: true, goal: 1 },
      { title: "Send two management course options", owner: "coach", days: 21, done: false, goal: 2 },
      { title: "Book coffee with two engineering managers", owner: "client", days: 24, done: false, goal: 2 },
      { title: "Write down three achievements from this quarter", owner: "client", days: 35, done: false, goal: 0 },
    ],
    skills: [
      { name: "Giving feedback", kind: "soft", currentLevel: 2, targetLevel: 4 },
      { name: "Stakeholder communication", kind: "soft", currentLevel: 3, targetLevel: 5 },
      { name: "System design", kind: "technical", currentLevel: 4, targetLevel: 5 },
      { name: "Project planning", kind: "technical", currentLevel: 2, targetLevel: 4 },
    ],
    learning: [
      { kind: "course", title: "Managing technical teams", provider: "Open University", status: "planned", costCents: 29000 },
      { kind: "mentorship", title: "Monthly mentoring with a senior engineering manager", provider: "Company mentoring scheme", status: "in_progress", costCents: null },
    ],
    achievements: [{ title: "Billing migration plan approved", description: "The plan was approved by the head of engineering without changes.", days: 15, addedBy: "client" }],
  };
}

function samPlan(now: Date): PlanSeed {
  return {
    plan: { currentRole: "Secondary school teacher", targetRole: "Learning experience designer", vision: "Design learning that reaches thousands of people, using what I know about how people learn.", horizonYears: 2, status: "active", templateKey: "career-change", startedOn: iso(subDays(now, 20)) },
    goals: [
      { kind: "short_term", title: "Build a portfolio of three learning projects", description: "Show instructional design skills with real work.", months: 5, status: "in_progress", progress: 0, milestones: [
        { title: "Redesign one classroom unit as an online course", days: 30, done: true },
        { title: "Volunteer project for a charity", days: 90, done: false },
        { title: "Publish the portfolio site", days: 140, done: false },
      ] },
      { kind: "short_term", title: "Learn the main authoring tools", description: "Get comfortable with the tools used in job descriptions.", months: 3, status: "not_started", progress: 0, milestones: [] },
      { kind: "long_term", title: "Work as a learning experience designer", description: "Land a role in a company or agency.", months: 20, status: "not_started", progress: 0, milestones: [
        { title: "Apply to ten roles with a tailored portfolio", days: 220, done: false },
        { title: "Accept an offer", days: 400, done: false },
      ] },
    ],
    actions: [
      { title: "List the skills from five job adverts", owner: "client", days: 5, done: true, goal: 2 },
      { title: "Introduce Sam to two designers in my network", owner: "coach", days: 12, done: false, goal: 2 },
      { title: "Start the authoring tool trial", owner: "client", days: 18, done: false, goal: 1 },
      { title: "Outline the charity project", owner: "client", days: 26, done: false, goal: 0 },
    ],
    skills: [
      { name: "Instructional design", kind: "technical", currentLevel: 3, targetLevel: 5 },
      { name: "Authoring tools", kind: "technical", currentLevel: 1, targetLevel: 4 },
      { name: "Presenting to stakeholders", kind: "soft", currentLevel: 4, targetLevel: 4 },
    ],
    learning: [
      { kind: "certification", title: "Certificate in learning design", provider: "Learning & Performance Institute", status: "in_progress", costCents: 85000 },
      { kind: "course", title: "UX fundamentals", provider: "Online course", status: "planned", costCents: 4000 },
    ],
    achievements: [{ title: "First online unit finished", description: "Turned the Year 9 climate unit into a self-paced course.", days: 18, addedBy: "client" }],
  };
}
