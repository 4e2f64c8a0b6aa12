import type { CreateWorkshop } from "./commands";
import type { EventOf } from "./events";
import { DEFAULT_TEMPLATE_ID, templateById } from "./templates";

/**
 * The first event of every workshop. The server supplies the code and the hash of the
 * facilitator's token (randomness and hashing are I/O to the domain). The agenda is a saved
 * template's, else the named template's, else the default day.
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
    agenda: structuredClone(input.agenda?.agenda ?? templateById(input.template ?? DEFAULT_TEMPLATE_ID)!.agenda),
    facilitatorTokenHash: secrets.facilitatorTokenHash,
  };
}
