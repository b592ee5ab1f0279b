import { SiteFooter, SiteHeader } from "@/app/_components/site-chrome";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-md px-4 py-12">{children}</main>
      <SiteFooter />
    </>
  );
}
