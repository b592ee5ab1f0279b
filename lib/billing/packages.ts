import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meetingTypes, packages, purchases, type Package } from "@/db/schema";
import { InvalidCreditMeetingTypeError, PackageUnavailableError } from "@/lib/errors";
import type { PackageInput } from "./package-input";
import { withTransaction } from "@/db/transaction";
import { isUuid } from "@/lib/validation";

export type PackageWithMeetingType = Package & { meetingTypeName: string; purchaseCount: number };

/** Every package of the coach, archived ones included, in display order. */
export async function listPackagesForCoach(db: Db, coachId: string): Promise<PackageWithMeetingType[]> {
  const rows = await db
    .select({
      pkg: packages,
      meetingTypeName: meetingTypes.name,
      purchaseCount: sql<number>`(select count(*)::int from ${purchases} where ${purchases.packageId} = ${packages.id})`,
    })
    .from(packages)
    .innerJoin(meetingTypes, eq(meetingTypes.id, packages.meetingTypeId))
    .where(eq(packages.coachId, coachId))
    .orderBy(asc(packages.position), asc(packages.createdAt));
  return rows.map((r) => ({ ...r.pkg, meetingTypeName: r.meetingTypeName, purchaseCount: r.purchaseCount }));
}

/** What is for sale: the coach's active packages in display order (the services page, the portal). */
export async function listActivePackages(db: Db, coachId: string): Promise<Package[]> {
  return db
    .select()
    .from(packages)
    .where(and(eq(packages.coachId, coachId), eq(packages.active, true)))
    .orderBy(asc(packages.position), asc(packages.createdAt));
}

export async function getPackageForCoach(db: Db, coachId: string, packageId: string): Promise<Package | null> {
  if (!isUuid(packageId)) return null;
  const [row] = await db.select().from(packages).where(and(eq(packages.id, packageId), eq(packages.coachId, coachId)));
  return row ?? null;
}

/** The meeting types a package's credits can be for: the coach's active client-only types. */
export async function listCreditMeetingTypes(db: Db, coachId: string) {
  return db
    .select({ id: meetingTypes.id, name: meetingTypes.name, durationMinutes: meetingTypes.durationMinutes })
    .from(meetingTypes)
    .where(and(eq(meetingTypes.coachId, coachId), eq(meetingTypes.visibility, "clients"), eq(meetingTypes.active, true)))
    .orderBy(asc(meetingTypes.position), asc(meetingTypes.name));
}

async function assertCreditMeetingType(db: Db, coachId: string, meetingTypeId: string) {
  const allowed = await listCreditMeetingTypes(db, coachId);
  if (!allowed.some((m) => m.id === meetingTypeId)) throw new InvalidCreditMeetingTypeError();
}

function columns(input: PackageInput) {
  return {
    name: input.name,
    description: input.description,
    features: input.features,
    sessionCount: input.sessionCount,
    meetingTypeId: input.meetingTypeId,
    priceCents: input.price,
    currency: input.currency,
    active: input.active,
    position: input.position,
  };
}

export async function createPackage(db: Db, coachId: string, input: PackageInput): Promise<Package> {
  await assertCreditMeetingType(db, coachId, input.meetingTypeId);
  const [row] = await db.insert(packages).values({ coachId, ...columns(input) }).returning();
  return row;
}

/** Later purchases get the new terms; packages already bought keep the credits they were sold with. */
export async function updatePackage(db: Db, coachId: string, packageId: string, input: PackageInput): Promise<Package> {
  await assertCreditMeetingType(db, coachId, input.meetingTypeId);
  if (!isUuid(packageId)) throw new PackageUnavailableError("That package does not exist.");
  const [row] = await db
    .update(packages)
    .set(columns(input))
    .where(and(eq(packages.id, packageId), eq(packages.coachId, coachId)))
    .returning();
  if (!row) throw new PackageUnavailableError("That package does not exist.");
  return row;
}

/** Archiving hides a package from sale; purchases of it keep their credits. */
export async function setPackageActive(db: Db, coachId: string, packageId: string, active: boolean): Promise<void> {
  if (!isUuid(packageId)) throw new PackageUnavailableError("That package does not exist.");
  const updated = await db
    .update(packages)
    .set({ active })
    .where(and(eq(packages.id, packageId), eq(packages.coachId, coachId)))
    .returning({ id: packages.id });
  if (!updated.length) throw new PackageUnavailableError("That package does not exist.");
}

/** Swaps a package with its neighbour in the coach's display order, renumbering positions 0..n-1. */
export async function movePackage(db: Db, coachId: string, packageId: string, direction: "up" | "down"): Promise<void> {
  await withTransaction(db, async (t) => {
    const list = await t.select({ id: packages.id }).from(packages).where(eq(packages.coachId, coachId)).orderBy(asc(packages.position), asc(packages.createdAt)).for("update");
    const index = list.findIndex((p) => p.id === packageId);
    if (index < 0) throw new PackageUnavailableError("That package does not exist.");
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= list.length) return;
    [list[index], list[target]] = [list[target], list[index]];
    for (const [position, p] of list.entries()) {
      await t.update(packages).set({ position }).where(eq(packages.id, p.id));
    }
  });
}
