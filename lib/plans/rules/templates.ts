// Built-in career-plan templates. Plain data: a coach starts a client's plan from one of them
// (see instantiateTemplate) and then edits everything freely.
import type { ActionOwner, GoalKind, LearningKind, SkillKind } from "./types";

export type PlanTemplate = {
  key: string;
  name: string;
  description: string;
  horizonYears: number;
  vision: string;
  goals: {
    kind: GoalKind;
    title: string;
    description: string;
    monthsFromStart: number;
    milestones: { title: string; monthsFromStart: number }[];
    actions: { title: string; owner: ActionOwner; daysFromStart: number }[];
  }[];
  skills: { name: string; kind: SkillKind; currentLevel: number; targetLevel: number }[];
  learning: { kind: LearningKind; title: string; provider: string }[];
};

const jobToCareer: PlanTemplate = {
  key: "job-to-career",
  name: "Turn a job into a career",
  description:
    "For someone doing well in a job who wants direction: a long-term goal beyond the current role, continuous learning, a record of achievements, regular feedback, a deliberate network and the habit of adapting.",
  horizonYears: 3,
  vision:
    "Grow from a job into a career with direction: a clear goal beyond my current role, skills that keep growing, and the evidence and relationships that open the next door.",
  goals: [
    {
      kind: "long_term",
      title: "Reach a role beyond my current one",
      description: "Name the role or level to hold in three to five years, and work towards it on purpose rather than waiting to be noticed.",
      monthsFromStart: 36,
      milestones: [
        { title: "Write a one-page vision of where I want to be in three to five years", monthsFromStart: 1 },
        { title: "Name a target role and compare its requirements with my current role", monthsFromStart: 2 },
        { title: "Hold a development conversation with my manager about the target role", monthsFromStart: 4 },
        { title: "Take on a stretch responsibility that belongs to the target role", monthsFromStart: 12 },
        { title: "Apply for, or be promoted into, the target role", monthsFromStart: 36 },
      ],
      actions: [
        { title: "Describe my ideal working week five years from now", owner: "client", daysFromStart: 7 },
        { title: "List three people who hold the role I want and what their path was", owner: "client", daysFromStart: 14 },
        { title: "Share examples of career paths into the target role", owner: "coach", daysFromStart: 7 },
        { title: "Review the vision together in the next session", owner: "coach", daysFromStart: 21 },
      ],
    },
    {
      kind: "short_term",
      title: "Keep learning continuously",
      description: "Close the skill gaps that matter most for the target role, a little every week.",
      monthsFromStart: 12,
      milestones: [
        { title: "Choose one course or certification for my biggest skill gap", monthsFromStart: 1 },
        { title: "Finish the first course", monthsFromStart: 4 },
        { title: "Use something I learned at work and note the result", monthsFromStart: 6 },
        { title: "Set next year's learning plan", monthsFromStart: 12 },
      ],
      actions: [
        { title: "Rate my skills against the target role", owner: "client", daysFromStart: 7 },
        { title: "Block two hours a week for learning in my calendar", owner: "client", daysFromStart: 10 },
        { title: "Suggest courses for the largest skill gap", owner: "coach", daysFromStart: 14 },
      ],
    },
    {
      kind: "short_term",
      title: "Track my achievements",
      description: "Keep dated evidence of results, so reviews, applications and promotion cases write themselves.",
      monthsFromStart: 6,
      milestones: [
        { title: "Start an achievements log", monthsFromStart: 1 },
        { title: "Log at least one achievement a month for three months", monthsFromStart: 4 },
        { title: "Turn the log into an updated CV and profile", monthsFromStart: 6 },
      ],
      actions: [
        { title: "Write down three wins from the past year, with numbers where possible", owner: "client", daysFromStart: 7 },
        { title: "Set a monthly reminder to update the log", owner: "client", daysFromStart: 7 },
        { title: "Review the log for evidence of target-role skills", owner: "coach", daysFromStart: 45 },
      ],
    },
    {
      kind: "short_term",
      title: "Seek feedback regularly",
      description: "Ask for specific feedback from my manager and peers, and act on it visibly.",
      monthsFromStart: 6,
      milestones: [
        { title: "Ask my manager for feedback on one strength and one gap", monthsFromStart: 1 },
        { title: "Get feedback from two peers or stakeholders", monthsFromStart: 3 },
        { title: "Make one change based on the feedback and check how it landed", monthsFromStart: 6 },
      ],
      actions: [
        { title: "Prepare three specific feedback questions", owner: "client", daysFromStart: 5 },
        { title: "Rehearse the feedback conversation", owner: "coach", daysFromStart: 14 },
        { title: "Ask for feedback after my next project or presentation", owner: "client", daysFromStart: 30 },
      ],
    },
    {
      kind: "short_term",
      title: "Network strategically",
      description: "Build relationships with people in and around the target role, before I need them.",
      monthsFromStart: 12,
      milestones: [
        { title: "Map my network: who I know in and around the target role", monthsFromStart: 1 },
        { title: "Hold two informational conversations", monthsFromStart: 3 },
        { title: "Join a professional community and attend one event", monthsFromStart: 6 },
        { title: "Find a mentor or sponsor", monthsFromStart: 12 },
      ],
      actions: [
        { title: "List fifteen contacts and mark the five most relevant", owner: "client", daysFromStart: 10 },
        { title: "Update my profile headline to point at my direction", owner: "client", daysFromStart: 14 },
        { title: "Suggest communities and events in the field", owner: "coach", daysFromStart: 21 },
      ],
    },
    {
      kind: "long_term",
      title: "Stay adaptable",
      description: "Watch how the field is changing and adjust the plan, rather than follow it blindly.",
      monthsFromStart: 24,
      milestones: [
        { title: "Name three trends that will change my field in the next five years", monthsFromStart: 3 },
        { title: "Volunteer for a project outside my comfort zone", monthsFromStart: 6 },
        { title: "First yearly review of the plan with my coach", monthsFromStart: 12 },
        { title: "Second yearly review of the plan", monthsFromStart: 24 },
      ],
      actions: [
        { title: "Follow three sources on where my industry is heading", owner: "client", daysFromStart: 14 },
        { title: "Schedule a plan review every quarter", owner: "coach", daysFromStart: 7 },
      ],
    },
  ],
  skills: [
    { name: "Communication", kind: "soft", currentLevel: 3, targetLevel: 4 },
    { name: "Leadership", kind: "soft", currentLevel: 2, targetLevel: 4 },
    { name: "Strategic thinking", kind: "soft", currentLevel: 2, targetLevel: 4 },
    { name: "Core expertise of the target role", kind: "technical", currentLevel: 3, targetLevel: 5 },
    { name: "Data literacy", kind: "technical", currentLevel: 2, targetLevel: 3 },
  ],
  learning: [
    { kind: "course", title: "Course for the biggest skill gap", provider: "To be chosen" },
    { kind: "certification", title: "Professional certification in my field", provider: "Professional body" },
    { kind: "mentorship", title: "Mentoring from someone in the target role", provider: "My network" },
  ],
};

const careerChange: PlanTemplate = {
  key: "career-change",
  name: "Career change",
  description:
    "For someone moving into a new field: explore target roles, close the skills gap, build evidence of the new skills, network into the field and run a focused job search.",
  horizonYears: 2,
  vision:
    "Move into a new field on purpose: choose the target role on evidence, close the gaps that matter, show proof of the new skills and land my first role in the field.",
  goals: [
    {
      kind: "short_term",
      title: "Explore target roles",
      description: "Test a few possible directions against reality before committing to one.",
      monthsFromStart: 3,
      milestones: [
        { title: "Shortlist three possible target roles", monthsFromStart: 1 },
        { title: "Hold an informational interview for each shortlisted role", monthsFromStart: 2 },
        { title: "Choose one target role and write down why", monthsFromStart: 3 },
      ],
      actions: [
        { title: "List what I want to keep and what I want to leave behind in my current work", owner: "client", daysFromStart: 7 },
        { title: "Research pay, entry routes and demand for each shortlisted role", owner: "client", daysFromStart: 21 },
        { title: "Share job-shadowing or taster options", owner: "coach", daysFromStart: 14 },
      ],
    },
    {
      kind: "short_term",
      title: "Close the skills gap",
      description: "Know exactly which skills the target role needs that I lack, and build the most important ones.",
      monthsFromStart: 9,
      milestones: [
        { title: "Compare my skills with three real job ads for the target role", monthsFromStart: 3 },
        { title: "Enrol in the course or certification for the biggest gap", monthsFromStart: 4 },
        { title: "Complete the first course", monthsFromStart: 7 },
        { title: "Reassess the skills gap", monthsFromStart: 9 },
      ],
      actions: [
        { title: "Collect three job ads and highlight the skills they ask for", owner: "client", daysFromStart: 30 },
        { title: "Rate my current and target level for each skill", owner: "client", daysFromStart: 35 },
        { title: "Identify the transferable skills from my current role", owner: "coach", daysFromStart: 21 },
      ],
    },
    {
      kind: "short_term",
      title: "Build evidence of the new skills",
      description: "Create work that an employer in the new field can see, so I am not asking them to take the change on trust.",
      monthsFromStart: 12,
      milestones: [
        { title: "Pick a portfolio project that mirrors real work in the field", monthsFromStart: 4 },
        { title: "Publish the first project", monthsFromStart: 6 },
        { title: "Complete a volunteer, freelance or side project in the field", monthsFromStart: 9 },
        { title: "Have three pieces of work ready to share", monthsFromStart: 12 },
      ],
      actions: [
        { title: "Sketch three project ideas", owner: "client", daysFromStart: 100 },
        { title: "Review the project ideas against what employers ask for", owner: "coach", daysFromStart: 110 },
      ],
    },
    {
      kind: "short_term",
      title: "Network into the field",
      description: "Get known by people already doing the work; most career changes happen through someone.",
      monthsFromStart: 12,
      milestones: [
        { title: "Connect with twenty people working in the target role", monthsFromStart: 2 },
        { title: "Join a community or association in the field", monthsFromStart: 3 },
        { title: "Hold five informational conversations", monthsFromStart: 6 },
        { title: "Get a referral or an introduction to a hiring manager", monthsFromStart: 12 },
      ],
      actions: [
        { title: "Rewrite my profile headline for the new direction", owner: "client", daysFromStart: 14 },
        { title: "Draft a message asking for an informational conversation", owner: "client", daysFromStart: 10 },
        { title: "Review the outreach message", owner: "coach", daysFromStart: 14 },
      ],
    },
    {
      kind: "long_term",
      title: "Land a role in the new field",
      description: "Run a focused job search once the evidence and the network are in place.",
      monthsFromStart: 18,
      milestones: [
        { title: "Rewrite my CV and profile around the career-change story", monthsFromStart: 10 },
        { title: "Send ten targeted applications", monthsFromStart: 12 },
        { title: "Reach the interview stage with at least two employers", monthsFromStart: 14 },
        { title: "Accept an offer in the new field", monthsFromStart: 18 },
      ],
      actions: [
        { title: "Write my career-change story in three sentences", owner: "client", daysFromStart: 270 },
        { title: "Start tracking applications in the plan", owner: "client", daysFromStart: 300 },
        { title: "Run a mock interview", owner: "coach", daysFromStart: 360 },
      ],
    },
  ],
  skills: [
    { name: "Telling my career-change story", kind: "soft", currentLevel: 2, targetLevel: 4 },
    { name: "Networking", kind: "soft", currentLevel: 2, targetLevel: 4 },
    { name: "Core skill of the target role", kind: "technical", currentLevel: 1, targetLevel: 3 },
    { name: "Tools used in the target field", kind: "technical", currentLevel: 1, targetLevel: 3 },
  ],
  learning: [
    { kind: "course", title: "Introductory course in the target field", provider: "To be chosen" },
    { kind: "certification", title: "Entry-level certification for the target role", provider: "Professional body" },
    { kind: "mentorship", title: "Mentoring from someone who made a similar change", provider: "My network" },
  ],
};

export const BUILT_IN_TEMPLATES: PlanTemplate[] = [jobToCareer, careerChange];

export function findTemplate(key: string): PlanTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.key === key);
}
