import Link from "next/link";
import { buttonVariants } from "@/app/_components/ui";

/** The contacts area's views and tools. */
export function ContactsNav({ current }: { current: "table" | "board" | "new" | "import" }) {
  const item = (key: typeof current, href: string, label: string) => (
    <Link href={href} aria-current={current === key ? "page" : undefined} className={buttonVariants({ variant: current === key ? "primary" : "secondary", size: "sm" })}>
      {label}
    </Link>
  );
  return (
    <nav aria-label="Contacts views" className="flex flex-wrap gap-2">
      {item("table", "/coach/contacts", "Table")}
      {item("board", "/coach/contacts/board", "Board")}
      {item("new", "/coach/contacts/new", "Add contact")}
      {item("import", "/coach/contacts/import", "Import CSV")}
      {/* A download (the route answers with an attachment), not a page. No `download` attribute: with
          two-factor on, the route may first send the coach to enter a code. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a href="/coach/contacts/export" className={buttonVariants({ variant: "secondary", size: "sm" })}>Export CSV</a>
    </nav>
  );
}
