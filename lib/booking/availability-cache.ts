// Answers of GET /api/availability kept in memory, correct across instances: every change that can
// alter free slots notifies the channel below at commit (database triggers, see migration 0002),
// and each instance listening forgets everything it holds. An answer also expires on its own when
// time alone would change it (the first slot falls inside the minimum notice, or the booking
// window reaches a new slot), and after MAX_AGE_MS whatever happens.
import type { Listen } from "@/db/client";

export const AVAILABILITY_CHANNEL = "ambit_availability";
const MAX_AGE_MS = 10 * 60_000;
const MAX_ENTRIES = 500;

type Entry = { body: string; generation: number; expiresAt: number };

export type AvailabilityCache = {
  /** The answer kept for `key`, if it is still the answer at `now`. */
  get(key: string, now: number): string | undefined;
  /**
   * Marks the start of a computation: the answer computed from what is read after this call may
   * be kept only if nothing changed meanwhile.
   */
  begin(): number;
  /** Keeps `body` for `key` until `unchangedUntil` (inclusive) unless a change was notified since `ticket`. */
  set(key: string, body: string, ticket: number, now: number, unchangedUntil: number): void;
  /** Forgets everything (a change was notified, or notifications may have been missed). */
  clear(): void;
  /** True once the subscription is up: nothing is kept before that. */
  readonly listening: boolean;
  /** Ends the subscription. */
  close(): Promise<void>;
};

/** A cache subscribed through `listen` (the database's notifications). */
export function createAvailabilityCache(listen: Listen): AvailabilityCache {
  const entries = new Map<string, Entry>();
  let generation = 0;
  let listening = false;
  let closed = false;
  const clear = () => {
    generation += 1;
    entries.clear();
  };
  const subscription = listen(AVAILABILITY_CHANNEL, clear, () => {
    clear();
    listening = !closed;
  }).catch((err) => {
    console.error("[ambit] availability cache off: cannot listen for changes:", err);
    return null;
  });

  return {
    get(key, now) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.generation !== generation || now > entry.expiresAt) {
        entries.delete(key);
        return undefined;
      }
      return entry.body;
    },
    begin: () => generation,
    set(key, body, ticket, now, unchangedUntil) {
      if (!listening || ticket !== generation) return;
      const expiresAt = Math.min(unchangedUntil, now + MAX_AGE_MS);
      if (!(expiresAt >= now)) return;
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(key, { body, generation, expiresAt });
    },
    clear,
    get listening() {
      return listening;
    },
    async close() {
      closed = true;
      listening = false;
      clear();
      const stop = await subscription;
      await stop?.();
    },
  };
}

const globalForCache = globalThis as unknown as { ambitAvailabilityCache?: AvailabilityCache };

/** The process's cache, subscribed through the application's database on first use. */
export function appAvailabilityCache(listen: Listen): AvailabilityCache {
  globalForCache.ambitAvailabilityCache ??= createAvailabilityCache(listen);
  return globalForCache.ambitAvailabilityCache;
}
