// The baselines every HTTP figure is divided by, measured against the same server in the same run:
// a file served from disk, the cheapest dynamic JSON route, and a bare single-row insert.
import fs from "node:fs";
import path from "node:path";
import { runLoad, warmUp, type LoadResult } from "./load";

export type Baselines = { staticFile: LoadResult & { path: string }; ping: LoadResult; insert: LoadResult; ping50: LoadResult };

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

export async function measureBaselines(baseUrl: string, seconds: number): Promise<Baselines> {
  const staticPath = await pickStaticFile(baseUrl);
  if (!(await routeExists(`${baseUrl}/api/bench/ping`))) throw new Error("/api/bench/ping answers 404: is AMBIT_BENCH=on reaching the server?");
  const ping = { url: `${baseUrl}/api/bench/ping`, connections: 10 };
  const insert = { url: `${baseUrl}/api/bench/insert`, connections: 10, method: "POST" as const };
  const file = { url: `${baseUrl}${staticPath}`, connections: 10 };
  for (const o of [file, ping, insert]) await warmUp(o);
  return {
    staticFile: { ...(await runLoad({ ...file, seconds })), path: staticPath },
    ping: await runLoad({ ...ping, seconds }),
    ping50: await runLoad({ ...ping, connections: 50, seconds }),
    insert: await runLoad({ ...insert, seconds }),
  };
}
