import { SiteFooter, SiteHeader } from "@/app/_components/site-chrome";

export default function BookingLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-5xl px-4 py-10">{children}</main>
      <SiteFooter />
    </>
  );
}
