import type { PhaseViews } from "../types";
import { PulseConsole } from "./PulseConsole";
import { PulsePhone } from "./PulsePhone";
import { PulseScreen } from "./PulseScreen";

export const pulseViews: PhaseViews<"pulse"> = { Phone: PulsePhone, Screen: PulseScreen, Console: PulseConsole };
