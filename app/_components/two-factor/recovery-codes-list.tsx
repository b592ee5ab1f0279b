/** New recovery codes, shown once: only their hashes are kept. */
export function RecoveryCodesList({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="recovery-codes-title" className="space-y-2 rounded-md border border-border bg-muted p-4">
      <h2 id="recovery-codes-title" className="font-semibold">Your recovery codes</h2>
      <p className="text-sm">
        Save these somewhere safe now, such as a password manager: they are not shown again. Each one signs you in once if you lose your phone.
      </p>
      <ul className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-sm sm:max-w-sm" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </section>
  );
}
