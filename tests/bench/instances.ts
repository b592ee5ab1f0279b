// Throughput of two production instances against one, same run, same database: a round-robin
// proxy in front of one instance, then of two (the proxy's own cost is in both figures). On a
// machine with few cores the instances, the proxy and the load generator share them: read the
// ratio with the core count beside it.
import os from "node:os";
import { startProxy } from "../instances/cluster";
import { runLoad, settle, warmUp } from "./load";
import { row, type Row } from "./report";
import { startServer } from "./server";

function availabilityPath(now: Date): string {
  const from = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  const to = new Date(now.getTime() + 8 * 86_400_000).toISOString().slice(0, 10);
  return `/api/availability?type=discovery&from=${from}&to=${to}&tz=Europe/Paris`;
}

export async function benchInstances(opts: { databaseUrl: string; firstPort: number; seconds: number; now: Date }): Promise<Row[]> {
  const a = await startServer(opts.firstPort, { DATABASE_URL: opts.databaseUrl });
  const b = await startServer(opts.firstPort + 1, { DATABASE_URL: opts.databaseUrl });
  let backends = [a.url];
  const proxy = await startProxy(opts.firstPort + 2, () => backends);
  try {
    const url = `${proxy.url}${availabilityPath(opts.now)}`;
    const measure = async () => {
      await warmUp({ url, connections: 20 });
      await settle();
      return runLoad({ url, connections: 40, seconds: opts.seconds });
    };
    const one = await measure();
    backends = [a.url, b.url];
    const two = await measure();
    const name = `GET /api/availability through a round-robin proxy, 40 connections (${os.cpus().length} cores)`;
    return [
      row(`${name}: two instances`, "postgres", two.rps, "req/s", { name: "one instance", value: one.rps }, `${two.serverErrors + one.serverErrors} 5xx`),
    ];
  } finally {
    await proxy.close();
    await a.stop();
    await b.stop();
  }
}
