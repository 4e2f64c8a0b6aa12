import type { PhaseViews } from "../types";
import { BeliefsConsole } from "./BeliefsConsole";
import { BeliefsPhone } from "./BeliefsPhone";
import { BeliefsScreen } from "./BeliefsScreen";

export const beliefsViews: PhaseViews<"beliefs"> = {
  Phone: BeliefsPhone,
  Screen: BeliefsScreen,
  Console: BeliefsConsole,
};
