"use client";
import { useActionState } from "react";
import Link from "next/link";
import { Button, buttonVariants, Checkbox, Field, Input, Select, Textarea } from "@/app/_components/ui";
import { formKey, IDLE, startingValue } from "@/app/_components/forms/action-state";
import { savePackage } from "./actions";

export type PackageFormDefaults = {
  id?: string;
  name: string;
  description: string;
  features: string;
  sessionCount: string;
  meetingTypeId: string;
  price: string;
  currency: string;
  active: boolean;
  position: string;
};

export function PackageForm({ defaults, meetingTypes, currencies }: {
  defaults: PackageFormDefaults;
  meetingTypes: { id: string; name: string; durationMinutes: number }[];
  currencies: readonly string[];
}) {
  const [state, action, pending] = useActionState(savePackage, IDLE);
  const value = (name: keyof PackageFormDefaults) => startingValue(state, name, String(defaults[name] ?? ""));
  const active = state.status === "error" && state.values ? state.values.active === "on" : defaults.active;
  const e = state.fieldErrors ?? {};
  return (
    <form key={formKey(state, defaults)} action={action} className="space-y-5" noValidate>
      {defaults.id ? <input type="hidden" name="id" value={defaults.id} /> : null}
      {state.status === "error" && !state.fieldErrors ? <p role="alert" className="rounded-md border border-danger p-3 text-sm text-danger">{state.message}</p> : null}
      <Field id="name" label="Name" error={e.name}>
        <Input name="name" defaultValue={value("name")} required maxLength={80} />
      </Field>
      <Field id="description" label="Description" error={e.description} hint="One or two sentences shown on the services page.">
        <Textarea name="description" defaultValue={value("description")} rows={3} />
      </Field>
      <Field id="features" label="What is included" error={e.features} hint="One line per item, up to 12.">
        <Textarea name="features" defaultValue={value("features")} rows={4} />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="sessionCount" label="Number of sessions" error={e.sessionCount}>
          <Input name="sessionCount" type="number" inputMode="numeric" min={1} max={100} defaultValue={value("sessionCount")} required />
        </Field>
        <Field id="meetingTypeId" label="Credits are for" error={e.meetingTypeId} hint="The client-only session type these credits book.">
          <Select name="meetingTypeId" defaultValue={value("meetingTypeId")} required>
            <option value="">Choose a session type</option>
            {meetingTypes.map((m) => (
              <option key={m.id} value={m.id}>{m.name} ({m.durationMinutes} min)</option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="price" label="Price" error={e.price} hint="The total for the package, e.g. 450.00">
          <Input name="price" inputMode="decimal" autoComplete="off" defaultValue={value("price")} required />
        </Field>
        <Field id="currency" label="Currency" error={e.currency}>
          <Select name="currency" defaultValue={value("currency")}>
            {currencies.map((c) => (
              <option key={c} value={c}>{c.toUpperCase()}</option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="position" label="Position" error={e.position} hint="Lower numbers are shown first.">
          <Input name="position" type="number" inputMode="numeric" min={0} max={999} defaultValue={value("position")} />
        </Field>
        <div className="flex items-center gap-2 self-center pt-2">
          <Checkbox id="active" name="active" defaultChecked={active} />
          <label htmlFor="active" className="text-sm font-medium">For sale (shown on the services page and in the portal)</label>
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : defaults.id ? "Save changes" : "Create package"}</Button>
        <Link href="/coach/packages" className={buttonVariants({ variant: "secondary" })}>Cancel</Link>
      </div>
    </form>
  );
}
