/** The lobby on a phone: you are in, the rest starts when the facilitator says so. */
export function LobbyWaiting({ joined }: { joined: number }) {
  return (
    <div className="space-y-3 rounded-xl border-2 border-brand bg-brand-soft p-5">
      <p className="text-xl font-bold">You&apos;re in. Waiting for the facilitator to start.</p>
      <p className="text-lg">
        {joined === 1 ? "1 person has joined so far." : `${joined} people have joined so far.`}
      </p>
      <p className="text-muted">Keep this page open: it moves on by itself.</p>
    </div>
  );
}
