import type { PhaseViews } from "../types";
import { StrengthsConsole } from "./StrengthsConsole";
import { StrengthsPhone } from "./StrengthsPhone";
import { StrengthsScreen } from "./StrengthsScreen";

export const strengthsViews: PhaseViews<"strengths"> = { Phone: StrengthsPhone, Screen: StrengthsScreen, Console: StrengthsConsole };
