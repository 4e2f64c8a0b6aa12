import { reject } from "../../decision";
import type { Deciders } from "../../feature";

// TODO(brainstorm): rules for groups and blind dot voting.
const notYet = () => reject("closed", "Brainstorm input is not available yet.");

export const brainstormDeciders: Deciders<"group.create" | "group.rename" | "card.group" | "dot.add" | "dot.remove" | "vote.close"> = {
  "group.create": notYet,
  "group.rename": notYet,
  "card.group": notYet,
  "dot.add": notYet,
  "dot.remove": notYet,
  "vote.close": notYet,
};
