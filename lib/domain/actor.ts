/**
 * Who is asking, as the server established it at the handshake. A client never says who it is in
 * a command; it proves it with a token once, and the server remembers.
 */
export type Actor =
  | { role: "facilitator" }
  | { role: "participant"; participantId: string }
  /** Holds a participant token the workshop does not know yet: may only join. */
  | { role: "guest"; tokenHash: string }
  | { role: "screen" }
  /** Holds an owner's edit link (over HTTP only): may update that one agreement's progress. */
  | { role: "owner"; agreementId: string }
  /** Holds a team's catch-up link (participantId `null`, may only join) or their own catch-up token (over HTTP only). */
  | { role: "catchup"; teamId: string; participantId: string | null };

/** The key under which an actor's command ids are remembered (ids are unique per actor). */
export function actorKey(actor: Actor): string {
  switch (actor.role) {
    case "facilitator":
      return "facilitator";
    case "participant":
      return actor.participantId;
    case "guest":
      return `guest:${actor.tokenHash}`;
    case "screen":
      return "screen";
    case "owner":
      return `owner:${actor.agreementId}`;
    case "catchup":
      return `catchup:${actor.participantId ?? `invite:${actor.teamId}`}`;
    default:
      return assertNever(actor);
  }
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
