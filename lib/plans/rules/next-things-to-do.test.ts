import { addDays } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIsoDate } from "./iso-date";
import { compareNextThings, nextThingsToDo } from "./next-things-to-do";
import type { ActionOwner } from "./types";

const today = "2025-06-15";
const doneAt = new Date("2025-06-01T10:00:00Z");
const action = (id: string, dueDate: string | null, owner: ActionOwner = "client", isDone = false) => ({
  id,
  title: `Action ${id}`,
  owner,
  dueDate,
  doneAt: isDone ? doneAt : null,
});
const milestone = (id: string, dueDate: string | null, isDone = false) => ({
  id,
  title: `Milestone ${id}`,
  dueDate,
  doneAt: isDone ? doneAt : null,
});

describe("nextThingsToDo", () => {
  it("puts overdue things first, then the soonest due, undated last", () => {
    const items = [action("undated", null), action("soon", "2025-06-20"), action("late", "2025-06-01"), action("today", "2025-06-15")];
    const result = nextThingsToDo(items, [], today, 10);
    expect(result.map((thing) => thing.id)).toEqual(["late", "today", "soon", "undated"]);
    expect(result.map((thing) => thing.overdue)).toEqual([true, false, false, false]);
  });

  it("mixes action items and milestones, actions first on the same date", () => {
    const result = nextThingsToDo([action("a", "2025-07-01")], [milestone("m", "2025-07-01"), milestone("early", "2025-06-16")], today, 10);
    expect(result.map((thing) => `${thing.kind}:${thing.id}`)).toEqual(["milestone:early", "action:a", "milestone:m"]);
  });

  it("never returns done things", () => {
    const result = nextThingsToDo([action("done", "2025-06-01", "client", true)], [milestone("m-done", "2025-06-02", true)], today);
    expect(result).toEqual([]);
  });

  it("returns three by default, and respects the limit", () => {
    const items = ["1", "2", "3", "4", "5"].map((day) => action(day, `2025-07-0${day}`));
    expect(nextThingsToDo(items, [], today)).toHaveLength(3);
    expect(nextThingsToDo(items, [], today, 1).map((thing) => thing.id)).toEqual(["1"]);
    expect(nextThingsToDo(items, [], today, 0)).toEqual([]);
    expect(nextThingsToDo(items, [], today, -2)).toEqual([]);
  });

  it("filters by owner: the coach's list has only the coach's actions", () => {
    const items = [action("c1", "2025-06-20", "coach"), action("k1", "2025-06-18", "client")];
    const milestones = [milestone("m1", "2025-06-16")];
    expect(nextThingsToDo(items, milestones, today, 10, "coach").map((thing) => thing.id)).toEqual(["c1"]);
    expect(nextThingsToDo(items, milestones, today, 10, "client").map((thing) => thing.id)).toEqual(["m1", "k1"]);
  });

  it("hands back the original item", () => {
    const item = action("x", "2025-06-20");
    expect(nextThingsToDo([item], [], today)[0]).toMatchObject({ kind: "action", item });
  });

  it("property: never returns done things, is sorted and within the limit", () => {
    const dateArb = fc.option(
      fc.integer({ min: -60, max: 60 }).map((days) => formatIsoDate(addDays(new Date(2025, 5, 15), days))),
      { nil: null },
    );
    const thingArb = fc.record({ id: fc.uuid(), dueDate: dateArb, isDone: fc.boolean(), owner: fc.constantFrom<ActionOwner>("client", "coach") });
    fc.assert(
      fc.property(
        fc.array(thingArb),
        fc.array(thingArb),
        fc.integer({ min: 0, max: 8 }),
        fc.option(fc.constantFrom<ActionOwner>("client", "coach"), { nil: undefined }),
        (actions, milestones, limit, owner) => {
          const result = nextThingsToDo(
            actions.map((a) => action(a.id, a.dueDate, a.owner, a.isDone)),
            milestones.map((m) => milestone(m.id, m.dueDate, m.isDone)),
            today,
            limit,
            owner,
          );
          expect(result.length).toBeLessThanOrEqual(limit);
          for (const thing of result) expect(thing.item.doneAt).toBeNull();
          if (owner) for (const thing of result) if (thing.kind === "action") expect(thing.item.owner).toBe(owner);
          for (let i = 1; i < result.length; i++) expect(compareNextThings(result[i - 1], result[i])).toBeLessThanOrEqual(0);
          const dated = result.flatMap((thing) => (thing.dueDate === null ? [] : [thing.dueDate]));
          expect(dated).toEqual([...dated].sort());
          const firstUndated = result.findIndex((thing) => thing.dueDate === null);
          if (firstUndated !== -1) expect(result.slice(firstUndated).every((thing) => thing.dueDate === null)).toBe(true);
        },
      ),
    );
  });
});
