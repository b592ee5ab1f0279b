import Link from "next/link";
import { buttonVariants } from "@/app/_components/ui";

export default function HomePage() {
  return (
    <section className="mx-auto max-w-6xl px-4 py-16">
      <h1 className="text-4xl font-semibold tracking-tight">Turn your job into a career</h1>
      <p className="mt-4 max-w-2xl text-lg text-muted-foreground">A free discovery call, a career plan with short- and long-term goals, and coaching that keeps you moving.</p>
      <Link href="/book" className={buttonVariants({ size: "lg", className: "mt-8" })}>Book a free discovery call</Link>
    </section>
  );
}
