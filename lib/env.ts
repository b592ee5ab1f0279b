// Environment, validated once: a missing production secret is a clear message at start,
// not an `undefined` at the first request. Every variable is documented in the README.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { z } from "zod";
import { trustedProxiesProblems } from "./security/client-ip";

const onOff = z.enum(["on", "off"]);

const variables = z.object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL").optional(),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)").optional(),
    AUTH_URL: z.url().optional(),
    AMBIT_COACH_EMAIL: z.email().default("coach@example.com"),
    EMAIL_FROM: z.string().min(3).default("hello@ambit.localhost"),
    RESEND_API_KEY: z.string().min(1).optional(),
    RESEND_BASE_URL: z.url().optional(),
    STRIPE_SECRET_KEY: z.string().min(1).optional(),
    STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
    STRIPE_API_URL: z.url().optional(),
    AMBIT_RATE_LIMITS: onOff.default("on"),
    // Proxies (addresses or CIDRs, comma-separated) whose X-Forwarded-For is believed. Default none.
    AMBIT_TRUSTED_PROXIES: z
      .string()
      .optional()
      .superRefine((value, ctx) => {
        for (const message of trustedProxiesProblems(value)) ctx.addIssue({ code: "custom", message });
      }),
    AMBIT_DEV_MAIL: onOff.optional(),
    CRON_SECRET: z.string().min(16).optional(),
    // Operations: the background worker, the PostgreSQL pool, where PGlite keeps its files,
    // statement counting for `npm run bench`, demo data on a brand-new embedded database.
    AMBIT_WORKER: onOff.default("on"),
    AMBIT_WORKER_INTERVAL_SECONDS: z.coerce.number().positive().max(3600).default(15),
    AMBIT_DB_POOL: z.coerce.number().int().min(1).max(200).default(10),
    AMBIT_DATA_DIR: z.string().min(1).optional(),
    AMBIT_BENCH: onOff.default("off"),
    AMBIT_SEED: onOff.default("on"),
    // How long a two-factor code covers erase, exports and refunds (short in the end-to-end tests).
    AMBIT_TWO_FACTOR_WINDOW_SECONDS: z.coerce.number().int("AMBIT_TWO_FACTOR_WINDOW_SECONDS must be whole seconds").min(10).max(86_400).default(600),
  });

const schema = variables.superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET is required in production (try: openssl rand -base64 32)" });
    }
    if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
      ctx.addIssue({ code: "custom", path: ["STRIPE_WEBHOOK_SECRET"], message: "STRIPE_WEBHOOK_SECRET is required when STRIPE_SECRET_KEY is set" });
    }
  });

export type StripeApiAddress = { host: string; port: number; protocol: "http" | "https" };
export type Env = z.infer<typeof schema> & {
  authSecret: string;
  publicUrl: string;
  devMail: boolean;
  rateLimits: boolean;
  stripeApi?: StripeApiAddress;
  twoFactorWindowMs: number;
};

let cached: Env | undefined;

/** Reads and validates the environment; throws one readable error listing every problem. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const blanksRemoved = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(blanksRemoved);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Ambit cannot start: the environment is not valid.\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  return {
    ...env,
    authSecret: env.AUTH_SECRET ?? developmentSecret(),
    publicUrl: (env.AUTH_URL ?? "http://localhost:3000").replace(/\/api\/auth\/?$/, "").replace(/\/$/, ""),
    devMail: env.AMBIT_DEV_MAIL ? env.AMBIT_DEV_MAIL === "on" : env.NODE_ENV !== "production",
    rateLimits: env.AMBIT_RATE_LIMITS === "on",
    stripeApi: env.STRIPE_API_URL ? parseStripeApiUrl(env.STRIPE_API_URL) : undefined,
    twoFactorWindowMs: env.AMBIT_TWO_FACTOR_WINDOW_SECONDS * 1000,
  };
}

/** STRIPE_API_URL as the Stripe SDK's host/port/protocol options (tests point it at a local fake). */
export function parseStripeApiUrl(value: string): StripeApiAddress {
  const url = new URL(value);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return { host: url.hostname, port: url.port ? Number(url.port) : protocol === "http" ? 80 : 443, protocol };
}

export function env(): Env {
  cached ??= loadEnv();
  return cached;
}

const databaseVariables = variables.pick({ DATABASE_URL: true, AMBIT_DATA_DIR: true, AMBIT_DB_POOL: true, AMBIT_BENCH: true });
export type DatabaseEnv = z.infer<typeof databaseVariables>;
let cachedDatabase: DatabaseEnv | undefined;

/**
 * Only what opening the database needs. The database is also opened where the rest need not be
 * valid yet (a build renders pages without the production secrets).
 */
export function databaseEnv(source: NodeJS.ProcessEnv = process.env): DatabaseEnv {
  if (source === process.env && cachedDatabase) return cachedDatabase;
  const parsed = databaseVariables.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!parsed.success) throw new Error(`Ambit cannot open its database: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  if (source === process.env) cachedDatabase = parsed.data;
  return parsed.data;
}

// In development a secret is generated once and kept in .data/ (ignored by git).
function developmentSecret(): string {
  const file = path.join(process.cwd(), ".data", "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = crypto.randomBytes(32).toString("base64url");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
