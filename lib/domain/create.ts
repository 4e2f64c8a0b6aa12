import type { CreateWorkshop } from "./commands";
import type { EventOf } from "./events";
import { DEFAULT_TEMPLATE_ID, templateIn } from "./templates";

/**
 * The first event of every workshop. The server supplies the code and the hash of the
 * facilitator's token (randomness and hashing are I/O to the domain). The agenda is a saved
 * template's as it was saved, else the named template's (or the default day's) in the workshop's
 * language.
 */
export function createWorkshop(
  input: CreateWorkshop,
  secrets: { code: string; facilitatorTokenHash: string },
): EventOf<"workshop.created"> {
  const language = input.language ?? "en";
  return {
    type: "workshop.created",
    code: secrets.code,
    title: input.title,
    teams: input.teams.map((name, i) => ({ id: `t${i + 1}`, name })),
    agenda: structuredClone(input.agenda?.agenda ?? templateIn(input.template ?? DEFAULT_TEMPLATE_ID, language)!.agenda),
    language,
    facilitatorTokenHash: secrets.facilitatorTokenHash,
  };
}
