import { reject } from "../../decision";
import type { Deciders } from "../../feature";

export const pulseDeciders: Deciders<"pulse.answer"> = {
  "pulse.answer": () => reject("closed", "Pulse answers are not available yet."),
};
