"use client";
import Papa from "papaparse";
import { useActionState, useState } from "react";
import { FormMessage } from "@/app/_components/forms/form-message";
import { IDLE, type ActionState } from "@/app/_components/forms/action-state";
import { SubmitButton } from "@/app/_components/forms/submit-button";
import { Table, TBody, Td, Th, THead, Tr } from "@/app/_components/ui";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
type RowError = { row: number; email: string; messages: string[] };
type PreviewRow = { name: string; email: string; stage: string; tags: string[] };

/**
 * Upload -> preview with every row's problems -> confirm. The browser reads the file first (with
 * a progress bar, in chunks, so a large file does not freeze the page); the server parses and
 * checks everything again at each step.
 */
export function ImportForm({ preview, confirm }: { preview: Action; confirm: Action }) {
  const [previewState, previewAction] = useActionState(preview, IDLE);
  const [confirmState, confirmAction] = useActionState(confirm, IDLE);
  const [progress, setProgress] = useState<{ read: number; total: number; rows: number } | null>(null);

  function readLocally(file: File | undefined) {
    if (!file) return setProgress(null);
    let rows = 0;
    setProgress({ read: 0, total: file.size, rows: 0 });
    Papa.parse<Record<string, string>>(file, {
      header: true,
      skipEmptyLines: "greedy",
      chunkSize: 64 * 1024,
      chunk: (results) => {
        rows += results.data.length;
        setProgress({ read: Math.min(results.meta.cursor, file.size), total: file.size, rows });
      },
      complete: () => setProgress({ read: file.size, total: file.size, rows }),
    });
  }

  const data = (confirmState.status !== "idle" ? confirmState : previewState).data ?? {};
  const errors = (data.errors as RowError[] | undefined) ?? [];
  const rows = (previewState.data?.preview as PreviewRow[] | undefined) ?? [];
  const csv = typeof previewState.data?.csv === "string" ? previewState.data.csv : "";
  const imported = confirmState.status === "ok";

  return (
    <div className="space-y-6">
      <form action={previewAction} className="space-y-3" noValidate>
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
            First row: column names. Columns: name, email (both required), phone, stage (lead, discovery_booked, discovery_done, proposal, client, alumni, lost), tags (comma-separated), source. Up to 900 KB.
          </p>
          {previewState.fieldErrors?.file ? <p className="text-sm text-danger" role="alert">{previewState.fieldErrors.file[0]}</p> : null}
        </div>
        {progress ? (
          <div className="space-y-1 text-sm">
            <label htmlFor="import-progress">Reading the file: {progress.rows.toLocaleString("en-GB")} rows so far</label>
            <progress id="import-progress" className="block h-2 w-full accent-[var(--primary)]" max={progress.total || 1} value={progress.read} />
          </div>
        ) : null}
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

      {csv && !imported ? (
        <section aria-labelledby="import-ready" className="space-y-3">
          <h2 id="import-ready" className="text-lg font-semibold">Ready to import {String(previewState.data?.total ?? "")} contacts</h2>
          {rows.length ? (
            <Table>
              <caption className="sr-only">The first rows of the file</caption>
              <THead><tr><Th>Name</Th><Th>Email</Th><Th>Stage</Th><Th>Tags</Th></tr></THead>
              <TBody>
                {rows.map((r) => (
                  <Tr key={r.email}><Td>{r.name}</Td><Td className="break-all">{r.email}</Td><Td>{r.stage}</Td><Td>{r.tags.join(", ")}</Td></Tr>
                ))}
              </TBody>
            </Table>
          ) : null}
          <form action={confirmAction} className="flex flex-wrap items-center gap-3">
            <input type="hidden" name="csv" value={csv} />
            <SubmitButton pendingLabel="Importing…">Import all {String(previewState.data?.total ?? "")} contacts</SubmitButton>
          </form>
        </section>
      ) : null}
      {confirmState.status !== "idle" ? <FormMessage state={confirmState} /> : null}
    </div>
  );
}
