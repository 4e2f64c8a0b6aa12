import type { PhaseOf } from "../phases";

/** The lobby every template opens with. */
export const LOBBY: PhaseOf<"lobby"> = {
  id: "lobby",
  kind: "lobby",
  title: "Welcome",
  prompt: "Scan the code or type it at the address on the screen, give your name and pick your team.",
  timeboxMinutes: null,
  options: {},
};

/** A check-in and the check-out that asks the same, so the shift shows per team. */
export function checkInAndOut(questions: PhaseOf<"pulse">["options"]["questions"]): [PhaseOf<"pulse">, PhaseOf<"pulse">] {
  const base = { kind: "pulse", timeboxMinutes: 3 } as const;
  return [
    {
      ...base,
      id: "check-in",
      title: "Check-in",
      prompt: "Answer from 1 (not at all) to 5 (very much). Only the totals per team are shown.",
      options: { questions, pairedWith: null },
    },
    {
      ...base,
      id: "check-out",
      title: "Check-out",
      prompt: "The same questions as this morning. Has anything shifted?",
      options: { questions, pairedWith: "check-in" },
    },
  ];
}
