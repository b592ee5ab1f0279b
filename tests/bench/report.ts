// The benchmark table: each figure beside the baseline measured in the same run, and their ratio.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execSync } from "node:child_process";

export type Row = {
  name: string;
  /** "postgres", "pglite" or "in-process" (no database, or the driver named in `name`). */
  driver: string;
  value: number | null;
  unit: string;
  baseline?: { name: string; value: number };
  /** Latency percentiles, CPU and statements per request, shown in their own column. */
  detail?: string;
  note?: string;
};

export function row(name: string, driver: string, value: number, unit: string, baseline?: { name: string; value: number }, note?: string): Row {
  return { name, driver, value, unit, baseline, note };
}

/** The detail column of a load run: latency percentiles, server CPU and statements per request. */
export function loadDetail(r: { p50: number; p95: number; p99: number; cpuMsPerRequest: number; statementsPerRequest: number }): string {
  const parts = [`p50/95/99 ${fmt(r.p50)}/${fmt(r.p95)}/${fmt(r.p99)} ms`];
  if (Number.isFinite(r.cpuMsPerRequest)) parts.push(`${fmt(r.cpuMsPerRequest)} CPU ms/req`);
  if (Number.isFinite(r.statementsPerRequest)) parts.push(`${fmt(r.statementsPerRequest)} stmt/req`);
  return parts.join(", ");
}

export function skipped(name: string, driver: string, reason: string): Row {
  return { name, driver, value: null, unit: "", note: `skipped (${reason})` };
}

function ratioOf(r: Row): number | null {
  if (r.value === null || !r.baseline || !r.baseline.value) return null;
  return r.value / r.baseline.value;
}

export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

export function printTable(rows: Row[]): void {
  const header = ["benchmark", "driver", "value", "unit", "baseline", "ratio", "detail"];
  const lines = rows.map((r) => {
    const ratio = ratioOf(r);
    return [
      r.name,
      r.driver,
      r.value === null ? (r.note ?? "skipped") : fmt(r.value),
      r.unit,
      r.baseline ? `${r.baseline.name} = ${fmt(r.baseline.value)}` : "",
      ratio === null ? "" : `${fmt(ratio)}x`,
      r.detail ?? "",
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const print = (cells: string[]) => console.log(cells.map((c, i) => (i === 2 || i === 5 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  "));
  print(header);
  print(widths.map((w) => "-".repeat(w)));
  lines.forEach(print);
  const notes = rows.filter((r) => r.note && r.value !== null);
  if (notes.length) {
    console.log("");
    for (const r of notes) console.log(`- ${r.name} (${r.driver}): ${r.note}`);
  }
}

export function writeResults(rows: Row[], meta: Record<string, unknown>): string {
  const dir = path.join(process.cwd(), "bench-results");
  fs.mkdirSync(dir, { recursive: true });
  let commit = "unknown";
  try {
    commit = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
  } catch {
    // not a git checkout
  }
  const out = {
    finishedAt: new Date().toISOString(),
    commit,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
    ...meta,
    rows: rows.map((r) => ({ ...r, ratio: ratioOf(r) })),
  };
  const file = path.join(dir, "latest.json");
  fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  return file;
}
