import type { Messages } from "../en";

export const strengths = {
  together: "Wat kunnen we samen bereiken?",
  allStrengths: "Alle sterke punten",
  strengthsOf: "Sterke punten van {team}",
  noneWritten: "Geen sterke punten geschreven.",
} satisfies Messages["strengths"];
