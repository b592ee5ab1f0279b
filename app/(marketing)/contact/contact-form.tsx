"use client";
import { useActionState, useEffect, useRef } from "react";
import Link from "next/link";
import { CircleCheck } from "lucide-react";
import { Button, Field, Input, Textarea } from "@/app/_components/ui";
import { sendContactMessage, type ContactFormState } from "./actions";

export function ContactForm() {
  const [state, action, pending] = useActionState<ContactFormState, FormData>(sendContactMessage, { status: "idle" });
  const thanks = useRef<HTMLHeadingElement>(null);
  // The form the visitor was in is gone: move focus to the message that replaced it.
  useEffect(() => {
    if (state.status === "sent") thanks.current?.focus();
  }, [state.status]);

  if (state.status === "sent") {
    return (
      <div role="status" className="self-start rounded-2xl border border-border bg-card p-8 text-center">
        <CircleCheck aria-hidden="true" className="mx-auto size-10 text-success" />
        <h2 ref={thanks} tabIndex={-1} className="mt-4 text-2xl font-semibold tracking-tight focus:outline-none">Thank you{state.name ? `, ${state.name}` : ""}</h2>
        <p className="mt-2 leading-relaxed text-muted-foreground">Your message is on its way. I read every one myself and reply within two working days.</p>
        <p className="mt-6 text-sm">
          While you wait, you might like the <Link href="/resources" className="font-medium text-primary underline">career articles</Link>.
        </p>
      </div>
    );
  }

  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="self-start space-y-5 rounded-2xl border border-border bg-card p-6 shadow-sm sm:p-8">
      {state.formError ? (
        <p role="alert" className="rounded-md border border-danger p-3 text-sm text-danger">
          {state.formError}
        </p>
      ) : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="contact-name" label="Your name" error={errors.name}>
          <Input name="name" autoComplete="name" required maxLength={120} defaultValue={state.values?.name} />
        </Field>
        <Field id="contact-email" label="Email address" error={errors.email}>
          <Input name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={state.values?.email} />
        </Field>
      </div>
      <Field id="contact-message" label="Message" hint="A few lines on where you are and what you'd like help with." error={errors.message}>
        <Textarea name="message" required rows={6} maxLength={5000} defaultValue={state.values?.message} />
      </Field>
      {/* Bots fill every field; people never see this one. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
        <label htmlFor="contact-website">Website (leave this empty)</label>
        <input id="contact-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-xs text-muted-foreground">Your details are only used to reply to you.</p>
        <Button type="submit" size="lg" className="rounded-full" disabled={pending}>
          {pending ? "Sending…" : "Send message"}
        </Button>
      </div>
    </form>
  );
}
