import type { Metadata } from "next";
import Link from "next/link";
import { SubmitButton } from "@/app/_components/forms/submit-button";
import { Select } from "@/app/_components/ui";
import { requireCoach } from "@/lib/auth/guards";
import { CONTACT_STAGES, stageLabel } from "@/lib/crm/manage-contacts";
import { searchContacts } from "@/lib/crm/search-contacts";
import { getDb } from "@/lib/db";
import { moveStageAction } from "../actions";
import { ContactsNav } from "../contacts-nav";
import { BoardDnd, DragCard, DropColumn } from "./board-dnd";

export const metadata: Metadata = { title: "Pipeline board" };

const PER_COLUMN = 50;

export default async function BoardPage({ searchParams }: { searchParams: Promise<{ moved?: string }> }) {
  const { coach } = await requireCoach("/coach/contacts/board");
  const db = getDb();
  const [{ moved }, columns] = await Promise.all([
    searchParams,
    Promise.all(CONTACT_STAGES.map(async (stage) => ({ stage, result: await searchContacts(db, coach.id, { stage, sort: "updated", dir: "desc", pageSize: PER_COLUMN }) }))),
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">Pipeline</h1>
        <ContactsNav current="board" />
      </div>
      <p className="text-sm text-muted-foreground">Drag a card to another stage, or use its “Move to” menu. Recently changed contacts are at the top of each column.</p>
      <BoardDnd move={moveStageAction}>
        {/* Seven stages side by side from 1280 px; narrower screens scroll the board, not the page. */}
        <div className="relative flex snap-x gap-3 overflow-x-auto pb-4 xl:grid xl:grid-cols-7 xl:gap-2 xl:overflow-visible" role="list" aria-label="Pipeline stages">
          {columns.map(({ stage, result }) => (
            <section key={stage} role="listitem" aria-labelledby={`col-${stage}`} className="w-64 shrink-0 snap-start xl:w-auto xl:min-w-0">
              <DropColumn stage={stage} className="h-full rounded-lg border border-border bg-muted p-2">
                <h2 id={`col-${stage}`} className="mb-2 flex items-center justify-between gap-1 text-sm font-semibold">
                  <span className="truncate">{stageLabel(stage)}</span> <span className="rounded-full bg-card px-2 text-xs text-muted-foreground">{result.total}</span>
                </h2>
                <ul className="space-y-2">
                  {result.rows.map((c) => (
                    <DragCard key={c.id} contactId={c.id} stage={stage} name={c.name} className={`rounded-md border bg-card p-2 pr-8 text-sm shadow-sm ${moved === c.id ? "border-primary" : "border-border"}`}>
                      <div data-testid={`card-${c.email}`}>
                        <Link href={`/coach/contacts/${c.id}`} className="block truncate font-medium text-primary hover:underline">{c.name}</Link>
                        <p className="truncate text-xs text-muted-foreground">{c.email}</p>
                        <form action={moveStageAction} className="mt-2 flex flex-wrap items-center gap-1">
                          <input type="hidden" name="contactId" value={c.id} />
                          <label htmlFor={`move-${c.id}`} className="sr-only">Move {c.name} to</label>
                          <Select id={`move-${c.id}`} name="stage" defaultValue={stage} className="h-8 min-w-0 flex-1 py-0 text-xs">
                            {CONTACT_STAGES.map((s) => <option key={s} value={s}>{stageLabel(s)}</option>)}
                          </Select>
                          <SubmitButton size="sm" variant="secondary" pendingLabel="Moving…" aria-label={`Move ${c.name}`}>Move</SubmitButton>
                        </form>
                      </div>
                    </DragCard>
                  ))}
                </ul>
                {result.total > result.rows.length ? (
                  <Link className="mt-2 block text-xs text-primary underline" href={`/coach/contacts?stage=${stage}`}>All {result.total} in {stageLabel(stage)}</Link>
                ) : null}
              </DropColumn>
            </section>
          ))}
        </div>
      </BoardDnd>
    </div>
  );
}
