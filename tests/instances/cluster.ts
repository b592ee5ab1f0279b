// What the two-instance proof runs against: production servers (`next start`) on one PostgreSQL
// database, a round-robin proxy in front of them, and a fake of Resend's HTTP API that records
// every send. Each process is started directly and stopped by its process id.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import postgres from "postgres";
import { migrateDatabase, openDatabase } from "@/db/client";
import { seedDemoData } from "@/db/seed";

export const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-test";
export const AUTH_SECRET = "instances-test-secret-0123456789abcdefghijklmnop";

/** Builds into DIST_DIR unless a build is there already (CI builds it just before, for e2e). */
export function ensureBuild() {
  if (fs.existsSync(`${DIST_DIR}/BUILD_ID`)) return;
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  try {
    const r = spawnSync("./node_modules/.bin/next", ["build"], { env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: DIST_DIR }, stdio: "inherit" });
    if (r.status !== 0) throw new Error(`next build failed (exit ${r.status})`);
  } finally {
    fs.writeFileSync("tsconfig.json", tsconfig);
  }
}

/** A brand-new database on the server at `base`, migrated and seeded; dropped by `drop`. */
export async function createDatabase(base: string, now: Date) {
  const name = `ambit_instances_${crypto.randomBytes(5).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = openDatabase({ url: url.toString() });
  await migrateDatabase(handle, () => seedDemoData(handle.db, { now }).then(() => undefined));
  await handle.close();
  const sql = postgres(url.toString(), { max: 4, onnotice: () => {}, connection: { application_name: "ambit-instances-test" } });
  return {
    url: url.toString(),
    sql,
    async drop() {
      await sql.end();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export type Instance = { name: string; url: string; port: number; exited: Promise<number | null>; output: () => string; stop: () => Promise<number | null> };

export async function startInstance(name: string, port: number, env: Record<string, string>): Promise<Instance> {
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn("./node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      TZ: "UTC",
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_MANUAL_SIG_HANDLE: "true",
      AUTH_SECRET,
      AMBIT_DEV_MAIL: "off",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`${name} was not ready within 60 s:\n${output}`);
    const ok = await fetch(`${url}/api/ready`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    name,
    url,
    port,
    exited,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/**
 * Round-robin over the backends. A backend that refuses the connection (stopped) is skipped and
 * the request goes to the next one: nothing was sent, so retrying is safe.
 */
export async function startProxy(port: number, backends: () => string[]) {
  let next = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const list = backends();
      const first = next++;
      const attempt = (tries: number) => {
        const target = new URL(list[(first + tries) % list.length]);
        const forwarded = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");
        // A fresh connection per request (as nginx does upstream by default): a stopping instance
        // then refuses new requests instead of dropping one sent on a keep-alive socket it closes.
        const upstream = http.request(
          { agent: false, host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, "x-forwarded-for": forwarded, "content-length": String(body.length) } },
          (up) => {
            res.writeHead(up.statusCode ?? 502, up.headers);
            up.pipe(res);
          },
        );
        upstream.on("error", (err: NodeJS.ErrnoException) => {
          if (err.code === "ECONNREFUSED" && tries + 1 < list.length) return attempt(tries + 1);
          if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
          res.end(`proxy: ${err.message}`);
        });
        upstream.end(body);
      };
      attempt(0);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Resend's POST /emails, recording each idempotency key (the outbox id) it is sent with. */
export async function startFakeResend(port: number) {
  const sends: Array<{ key: string; to: string; subject: string }> = [];
  const server = http.createServer((req, res) => {
    let text = "";
    req.on("data", (c) => (text += c));
    req.on("end", () => {
      if (req.method !== "POST" || !req.url?.startsWith("/emails")) {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(text) as { to: string | string[]; subject: string };
      sends.push({ key: String(req.headers["idempotency-key"] ?? ""), to: String(body.to), subject: body.subject });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: crypto.randomUUID() }));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sends, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}
