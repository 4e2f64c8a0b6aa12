import { domainError, normalizeJoinCode, type Actor } from "@/lib/domain";
import { HandshakeSchema, PROTOCOL_VERSION, type ErrorBody } from "@/lib/protocol";
import { serviceError } from "@/lib/protocol/reasons";
import type { Rooms } from "../rooms/rooms";
import { hashToken, isFacilitatorToken } from "../secrets";

export class HandshakeError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
  }
}

/**
 * Establishes who a socket is, once, from what it proves: the facilitator's token (or a
 * co-facilitator's), a participant's token, or nothing (the room screen). Commands never carry
 * identity.
 */
export async function authenticate(
  auth: unknown,
  rooms: Rooms,
): Promise<{ code: string; actor: Actor; since: number | undefined; deflate: boolean }> {
  const parsed = HandshakeSchema.safeParse(auth);
  if (!parsed.success) {
    throw new HandshakeError(serviceError("invalid_input", "linkDamaged"));
  }
  const hello = parsed.data;
  if (hello.protocol !== PROTOCOL_VERSION) {
    throw new HandshakeError(serviceError("protocol_mismatch", "updated"));
  }
  const room = await rooms.get(hello.code);
  if (!room) {
    throw new HandshakeError(serviceError("not_found", "noWorkshopCode", { code: normalizeJoinCode(hello.code) }));
  }
  const secrets = room.state.secrets;
  if (!secrets) throw new Error(`Workshop ${room.code} has no secrets on the server`);

  let actor: Actor;
  switch (hello.role) {
    case "facilitator":
      if (!isFacilitatorToken(secrets, hello.token)) {
        throw new HandshakeError(serviceError("unauthorized", "facilitatorLinkWrong"));
      }
      actor = { role: "facilitator" };
      break;
    case "participant": {
      // Looked up by its hash rather than compared in constant time: a lookup's timing could at
      // most tell something about a hash, which an attacker neither chooses nor can invert.
      const tokenHash = hashToken(hello.token);
      const participantId = secrets.participantByTokenHash[tokenHash];
      if (participantId && room.state.participants[participantId]?.removed) {
        throw new HandshakeError({ ...domainError("forbidden", "removed") });
      }
      actor = participantId ? { role: "participant", participantId } : { role: "guest", tokenHash };
      break;
    }
    case "screen":
      actor = { role: "screen" };
      break;
  }
  return { code: room.code, actor, since: hello.since, deflate: hello.deflate === true };
}
