"use client";
import { Toast as T } from "radix-ui";
import { useState } from "react";

/** A polite status message that disappears by itself; used for "Saved", "Sent" and the like. */
export function Toast({ message, tone = "success" }: { message: string | null | undefined; tone?: "success" | "error" }) {
  const [open, setOpen] = useState(true);
  if (!message) return null;
  return (
    <T.Provider duration={5000}>
      <T.Root
        open={open}
        onOpenChange={setOpen}
        className={`rounded-md border bg-card px-4 py-3 text-sm shadow-lg ${tone === "error" ? "border-danger text-danger" : "border-success text-foreground"}`}
      >
        <T.Description>{message}</T.Description>
      </T.Root>
      <T.Viewport className="fixed bottom-4 right-4 z-50 flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-2" />
    </T.Provider>
  );
}
