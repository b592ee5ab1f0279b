"use client";
import Papa from "papaparse";
import Link from "next/link";
import { useActionState, useState } from "react";
import { FormMessage } from "@/app/_components/forms/form-message";
import { IDLE, type ActionState } from "@/app/_components/forms/action-state";
import { SubmitButton } from "@/app/_components/forms/submit-button";
import { Badge, buttonVariants, Table, TBody, Td, Th, THead, Tr } from "@/app/_components/ui";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
type RowError = { row: number; email: string; messages: string[] };
type Outcome = { row: number; email: string; name: string; outcome: "create" | "update" | "skip" | "error"; messages: string[] };
type Counts = { create: number; update: number; skip: number; error: number };

const OUTCOME = {
  create: { label: "New", tone: "success" },
  update: { label: "Updated", tone: "accent" },
  skip: { label: "Skipped", tone: "neutral" },
  error: { label: "Error", tone: "danger" },
} as const;

/** Each row and what happens (or happened) to it. */
function OutcomeTable({ outcomes, total, caption, done }: { outcomes: Outcome[]; total: number; caption: string; done: boolean }) {
  return (
    <div className="space-y-2">
      <Table>
        <caption className="sr-only">{caption}</caption>
        <THead><tr><Th>Row</Th><Th>Name</Th><Th>Email</Th><Th>{done ? "Result" : "Will be"}</Th><Th>Why</Th></tr></THead>
        <TBody>
          {outcomes.map((o) => (
            <Tr key={o.row}>
              <Td className="tabular-nums">{o.row}</Td>
              <Td>{o.name}</Td>
              <Td className="break-all">{o.email}</Td>
              <Td><Badge tone={OUTCOME[o.outcome].tone}>{done || o.outcome !== "create" ? OUTCOME[o.outcome].label : "Created"}</Badge></Td>
              <Td className="text-muted-foreground">{o.messages.join("; ")}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {outcomes.length < total ? <p className="text-xs text-muted-foreground">The first {outcomes.length} of {total} rows are listed.</p> : null}
    </div>
  );
}

function CountTiles({ counts, done }: { counts: Counts; done: boolean }) {
  const tiles = [
    { label: done ? "Created" : "New", value: counts.create },
    { label: done ? "Updated" : "To update", value: counts.update },
    { label: done ? "Skipped" : "To skip", value: counts.skip },
  ];
  return (
    <dl className="grid grid-cols-3 gap-3">
      {tiles.map((t) => (
        <div key={t.label} className="rounded-md border border-border p-3">
          <dt className="text-xs text-muted-foreground">{t.label}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{t.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Upload -> preview with each row's outcome -> confirm -> the result. The browser reads the file
 * first (in chunks, so a large file does not freeze the page) and counts its rows; the server
 * parses and checks everything again at each step. Works without JavaScript.
 */
export function ImportForm({ preview, confirm }: { preview: Action; confirm: Action }) {
  const [previewState, previewAction] = useActionState(preview, IDLE);
  const [confirmState, confirmAction] = useActionState(confirm, IDLE);
  const [reading, setReading] = useState<{ read: number; total: number; rows: number; done: boolean } | null>(null);

  function readLocally(file: File | undefined) {
    if (!file) return setReading(null);
    let rows = 0;
    setReading({ read: 0, total: file.size, rows: 0, done: false });
    Papa.parse<Record<string, string>>(file, {
      header: true,
      skipEmptyLines: "greedy",
      chunkSize: 64 * 1024,
      chunk: (results) => {
        rows += results.data.length;
        setReading({ read: Math.min(results.meta.cursor, file.size), total: file.size, rows, done: false });
      },
      complete: () => setReading({ read: file.size, total: file.size, rows, done: true }),
    });
  }

  const imported = confirmState.status === "ok";
  const data = (confirmState.status !== "idle" ? confirmState : previewState).data ?? {};
  const errors = (data.errors as RowError[] | undefined) ?? [];
  const planned = (previewState.data?.outcomes as Outcome[] | undefined) ?? [];
  const counts = previewState.data?.counts as Counts | undefined;
  const total = Number(previewState.data?.total ?? 0);
  const csv = typeof previewState.data?.csv === "string" ? previewState.data.csv : "";
  const existing = previewState.data?.existing === "update" ? "update" : "skip";

  if (imported) {
    const done = confirmState.data as { counts: Counts; total: number; outcomes: Outcome[] };
    return (
      <section aria-labelledby="import-done" className="space-y-4">
        <div className="rounded-lg border border-success bg-card p-4">
          <h2 id="import-done" className="text-lg font-semibold">Import finished</h2>
          <p role="status" className="text-sm text-muted-foreground">{confirmState.message}</p>
        </div>
        <CountTiles counts={done.counts} done />
        <OutcomeTable outcomes={done.outcomes} total={done.total} caption="What happened to each row" done />
        <div className="flex flex-wrap gap-3">
          <Link href="/coach/contacts" className={buttonVariants()}>See your contacts</Link>
          {/* A plain GET form: a full page load starts the import afresh. */}
          <form method="get" action="/coach/contacts/import">
            <button type="submit" className={buttonVariants({ variant: "secondary" })}>Import another file</button>
          </form>
        </div>
      </section>
    );
  }

  return (
    <div className="space-y-6">
      <form action={previewAction} className="space-y-4" noValidate>
        <div className="space-y-1.5">
          <label htmlFor="import-file" className="block text-sm font-medium">CSV file</label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="import-file-hint"
            className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-border file:bg-card file:px-3 file:py-2 file:text-sm"
            onChange={(e) => readLocally(e.currentTarget.files?.[0])}
          />
          <p id="import-file-hint" className="text-xs text-muted-foreground">
            First row: column names. Columns: name, email (both required), phone, stage (lead, discovery_booked, discovery_done, proposal, client, alumni, lost), tags (comma-separated), source. Exports from Calendly (“Invitee Name”, “Invitee Email”) and Paperbell (“Client Email”…) are read as they are. Up to 900 KB.
          </p>
          {previewState.fieldErrors?.file ? <p className="text-sm text-danger" role="alert">{previewState.fieldErrors.file[0]}</p> : null}
          {reading && !reading.done ? (
            <div className="space-y-1 text-sm">
              <label htmlFor="import-progress">Reading the file: {reading.rows.toLocaleString("en-GB")} rows so far</label>
              <progress id="import-progress" className="block h-2 w-full accent-[var(--primary)]" max={reading.total || 1} value={reading.read} />
            </div>
          ) : reading ? (
            <p className="text-sm text-muted-foreground">{reading.rows.toLocaleString("en-GB")} rows in the file.</p>
          ) : null}
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Rows whose email is already one of your contacts</legend>
          <div className="flex items-center gap-2">
            <input type="radio" id="existing-skip" name="existing" value="skip" defaultChecked={existing === "skip"} className="size-4" />
            <label htmlFor="existing-skip" className="text-sm">Skip them: leave those contacts as they are</label>
          </div>
          <div className="flex items-center gap-2">
            <input type="radio" id="existing-update" name="existing" value="update" defaultChecked={existing === "update"} className="size-4" />
            <label htmlFor="existing-update" className="text-sm">Update them from the file (name, and phone and stage where given; tags are added)</label>
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pendingLabel="Checking every row…">Preview import</SubmitButton>
          {confirmState.status === "idle" ? <FormMessage state={previewState} /> : null}
        </div>
      </form>

      {errors.length ? (
        <section aria-labelledby="import-errors" className="space-y-2">
          <h2 id="import-errors" className="text-lg font-semibold text-danger">Rows to fix ({errors.length}{errors.length === 200 ? "+" : ""})</h2>
          <Table>
            <THead><tr><Th>Row</Th><Th>Email</Th><Th>Problem</Th></tr></THead>
            <TBody>
              {errors.map((e) => (
                <Tr key={`${e.row}-${e.email}`}><Td>{e.row || "—"}</Td><Td className="break-all">{e.email}</Td><Td>{e.messages.join("; ")}</Td></Tr>
              ))}
            </TBody>
          </Table>
        </section>
      ) : null}

      {csv && counts ? (
        <section aria-labelledby="import-ready" className="space-y-3">
          <h2 id="import-ready" className="text-lg font-semibold">Ready to import</h2>
          <CountTiles counts={counts} done={false} />
          <OutcomeTable outcomes={planned} total={total} caption="What will happen to each row" done={false} />
          <form action={confirmAction} className="flex flex-wrap items-center gap-3">
            <input type="hidden" name="csv" value={csv} />
            <input type="hidden" name="existing" value={existing} />
            <SubmitButton pendingLabel="Importing…">Import: {counts.create} new, {counts.update} updated</SubmitButton>
          </form>
        </section>
      ) : null}
      {confirmState.status === "error" ? <FormMessage state={confirmState} /> : null}
    </div>
  );
}
