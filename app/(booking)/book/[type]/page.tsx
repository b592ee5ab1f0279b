import type { Metadata } from "next";
import { BookingFlow } from "../../_components/booking-flow";

export const metadata: Metadata = { title: "Book a call" };
export const dynamic = "force-dynamic";

export default async function BookTypePage({
  params,
  searchParams,
}: {
  params: Promise<{ type: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { type } = await params;
  return <BookingFlow typeSlug={type} basePath={`/book/${type}`} searchParams={await searchParams} />;
}
