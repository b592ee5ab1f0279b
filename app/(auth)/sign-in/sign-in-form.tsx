"use client";
import { useActionState } from "react";
import { Button, Field, Input } from "@/app/_components/ui";
import { requestMagicLink, type SignInState } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(requestMagicLink, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field id="email" label="Email address" error={state.error}>
        <Input name="email" type="email" autoComplete="email" required defaultValue={state.email} />
      </Field>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Button type="submit" className="w-full" disabled={pending}>{pending ? "Sending…" : "Email me a sign-in link"}</Button>
    </form>
  );
}
