"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { bookingHref, sourceForPath } from "@/lib/seo/site";

/** A link to the booking page that records which page the visitor was reading. */
export function BookCallLink({ className, children }: { className?: string; children: ReactNode }) {
  const pathname = usePathname();
  return (
    <Link href={bookingHref(sourceForPath(pathname))} className={className}>
      {children}
    </Link>
  );
}
