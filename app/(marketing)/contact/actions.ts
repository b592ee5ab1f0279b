"use server";
import { headers } from "next/headers";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { PracticeNotSetUpError, submitContactForm } from "@/lib/crm/contact-form";
import type { ContactFieldErrors } from "@/lib/crm/contact-form-schema";
import { clientIp } from "@/lib/security/rate-limit";

export type ContactFormState = {
  status: "idle" | "sent" | "error";
  name?: string;
  fieldErrors?: ContactFieldErrors;
  formError?: string;
  /** What the visitor typed, to put back into the form after an error. */
  values?: { name: string; email: string; message: string };
};

function text(formData: FormData, field: string): string {
  const value = formData.get(field);
  return typeof value === "string" ? value : "";
}

export async function sendContactMessage(_prev: ContactFormState, formData: FormData): Promise<ContactFormState> {
  const values = { name: text(formData, "name"), email: text(formData, "email"), message: text(formData, "message") };
  const input = { ...values, website: text(formData, "website") };
  try {
    const result = await submitContactForm(getDb(), input, { ip: clientIp(await headers()), publicUrl: env().publicUrl, now: new Date() });
    switch (result.status) {
      case "sent":
      case "ignored":
        return { status: "sent", name: values.name.trim() };
      case "invalid":
        return { status: "error", fieldErrors: result.fieldErrors, values };
      case "rate_limited":
        return { status: "error", formError: `You have sent several messages in a short time. Please wait about ${Math.ceil(result.retryAfterSeconds / 60)} minutes and try again.`, values };
    }
  } catch (err) {
    if (err instanceof PracticeNotSetUpError) {
      return { status: "error", formError: "Messages cannot be received yet because the site is still being set up. Please try again later.", values };
    }
    throw err;
  }
}
