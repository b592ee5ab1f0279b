import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-24 text-center">
      <p className="text-sm font-semibold text-primary">403</p>
      <h1 className="mt-2 text-2xl font-semibold">You don&apos;t have access to this page</h1>
      <p className="mt-2 text-muted-foreground">You are signed in with an account that cannot open this area.</p>
      <div className="mt-6 flex justify-center gap-4 text-sm">
        <Link className="text-primary underline" href="/after-sign-in">Go to my area</Link>
        <Link className="text-primary underline" href="/">Home</Link>
      </div>
    </main>
  );
}
