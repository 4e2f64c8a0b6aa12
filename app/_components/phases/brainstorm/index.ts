import type { PhaseViews } from "../types";
import { BrainstormConsole } from "./BrainstormConsole";
import { BrainstormPhone } from "./BrainstormPhone";
import { BrainstormScreen } from "./BrainstormScreen";

export const brainstormViews: PhaseViews<"brainstorm"> = {
  Phone: BrainstormPhone,
  Screen: BrainstormScreen,
  Console: BrainstormConsole,
};
