import type { Metadata } from "next";
import { BookingFlow } from "../_components/booking-flow";

export const metadata: Metadata = { title: "Book a free discovery call", description: "Pick a time for a free 30-minute call about where your career is going." };
export const dynamic = "force-dynamic";

export default async function BookPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <BookingFlow basePath="/book" searchParams={await searchParams} />;
}
