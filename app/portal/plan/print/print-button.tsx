"use client";
import { Button } from "@/app/_components/ui";

export function PrintButton() {
  return (
    <Button type="button" className="no-print" onClick={() => window.print()}>
      Print or save as PDF
    </Button>
  );
}
