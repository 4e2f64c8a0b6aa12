import { reject } from "../../decision";
import type { Deciders } from "../../feature";

const notYet = () => reject("closed", "Beliefs are not available yet.");

export const beliefDeciders: Deciders<"belief.add" | "belief.reply" | "belief.vote" | "belief.setHidden"> = {
  "belief.add": notYet,
  "belief.reply": notYet,
  "belief.vote": notYet,
  "belief.setHidden": notYet,
};
