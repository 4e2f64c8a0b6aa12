import type { Messages } from "../en";

export const strengths = {
  together: "Hva kan vi få til sammen?",
  allStrengths: "Alle styrker",
  strengthsOf: "Styrkene til {team}",
  noneWritten: "Ingen styrker skrevet.",
} satisfies Messages["strengths"];
