import type { PhaseViews } from "../types";
import { PerspectiveConsole } from "./PerspectiveConsole";
import { PerspectivePhone } from "./PerspectivePhone";
import { PerspectiveScreen } from "./PerspectiveScreen";

export const perspectiveViews: PhaseViews<"perspective"> = {
  Phone: PerspectivePhone,
  Screen: PerspectiveScreen,
  Console: PerspectiveConsole,
};
