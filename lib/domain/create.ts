import { DEFAULT_AGENDA } from "./agenda";
import type { CreateWorkshop } from "./commands";
import type { EventOf } from "./events";

/**
 * The first event of every workshop. The server supplies the code and the hash of the
 * facilitator's token (randomness and hashing are I/O to the domain).
 */
export function createWorkshop(
  input: CreateWorkshop,
  secrets: { code: string; facilitatorTokenHash: string },
): EventOf<"workshop.created"> {
  return {
    type: "workshop.created",
    code: secrets.code,
    title: input.title,
    teams: input.teams.map((name, i) => ({ id: `t${i + 1}`, name })),
    agenda: structuredClone([...DEFAULT_AGENDA]),
    facilitatorTokenHash: secrets.facilitatorTokenHash,
  };
}
