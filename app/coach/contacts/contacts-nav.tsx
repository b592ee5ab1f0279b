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
      <a href="/coach/contacts/export" className={buttonVariants({ variant: "secondary", size: "sm" })} download>Export CSV</a>
    </nav>
  );
}
