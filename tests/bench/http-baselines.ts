// The baselines every HTTP figure is divided by: a file served from disk, the cheapest dynamic JSON
// route and a bare single-row insert, each measured against the same server right before the route
// it is compared with, at that route's connection count (load on a shared machine drifts, so a
// baseline from minutes earlier would not pair).
import fs from "node:fs";
import path from "node:path";
import { runLoad, settle, warmUp, type LoadOptions, type LoadResult, type ServerProbe } from "./load";
import { loadDetail, row, type Row } from "./report";

/** A file from public/, or (when public/ is empty) one of the build's own static chunks. */
export async function pickStaticFile(baseUrl: string): Promise<string> {
  const publicDir = path.join(process.cwd(), "public");
  const files = fs.existsSync(publicDir) ? fs.readdirSync(publicDir).filter((f) => !f.startsWith(".") && fs.statSync(path.join(publicDir, f)).isFile()) : [];
  if (files.length > 0) return `/${files[0]}`;
  const html = await (await fetch(`${baseUrl}/`)).text();
  const chunk = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  if (!chunk) throw new Error("no static file to use as a baseline");
  return chunk;
}

export async function routeExists(url: string, init?: RequestInit): Promise<boolean> {
  const res = await fetch(url, init);
  await res.arrayBuffer();
  return res.status !== 404;
}

export type HttpTarget = { server: ServerProbe; seconds: number };

type Measured = { label: string; result: LoadResult };

export const baseline = {
  ping: (t: HttpTarget, connections: number): { label: string; opts: LoadOptions } => ({
    label: `JSON ping, ${connections} conn.`,
    opts: { url: `${t.server.baseUrl}/api/bench/ping`, connections, seconds: t.seconds, server: t.server },
  }),
  staticFile: (t: HttpTarget, connections: number, filePath: string): { label: string; opts: LoadOptions } => ({
    label: `static file, ${connections} conn.`,
    opts: { url: `${t.server.baseUrl}${filePath}`, connections, seconds: t.seconds, server: t.server },
  }),
  insert: (t: HttpTarget, connections: number, amount?: number): { label: string; opts: LoadOptions } => ({
    label: `bare insert, ${connections} conn.`,
    opts: { url: `${t.server.baseUrl}/api/bench/insert`, connections, method: "POST", server: t.server, ...(amount ? { amount } : { seconds: t.seconds }) },
  }),
};

/** Runs the baselines and then the route, one after another with nothing else in between. */
export async function measureBackToBack(baselines: { label: string; opts: LoadOptions }[], route: LoadOptions): Promise<{ baselines: Measured[]; route: LoadResult }> {
  for (const b of baselines) await warmUp(b.opts);
  if (!route.nextBody) await warmUp(route);
  const measured: Measured[] = [];
  for (const b of baselines) {
    measured.push({ label: b.label, result: await runLoad(b.opts) });
    await settle();
  }
  const result = await runLoad(route);
  await settle();
  return { baselines: measured, route: result };
}

/**
 * Rows of one comparison: the route's throughput against the first baseline (the goal's ratio),
 * its p95 against that baseline's p95, and one row per baseline for the record.
 */
export function comparisonRows(name: string, driver: string, m: { baselines: Measured[]; route: LoadResult }, note?: string): Row[] {
  const [main, ...others] = m.baselines;
  const r = m.route;
  const issues = r.serverErrors || r.errors ? `${r.serverErrors} 5xx, ${r.errors} errors` : "";
  const also = others.map((o) => `${fmt0(r.rps / o.result.rps)}x ${o.label}`).join("; ");
  const rows: Row[] = [
    { ...row(`${name}: throughput`, driver, r.rps, "req/s", { name: main.label, value: main.result.rps }, [note, also && `also ${also}`, issues].filter(Boolean).join("; ") || undefined), detail: loadDetail(r) },
    row(`${name}: p95`, driver, r.p95, "ms", { name: `${main.label} p95`, value: main.result.p95 }),
  ];
  for (const b of m.baselines) rows.push({ ...row(`  baseline for it: ${b.label}`, driver, b.result.rps, "req/s"), detail: loadDetail(b.result) });
  return rows;
}

function fmt0(n: number): string {
  return n.toFixed(2);
}
