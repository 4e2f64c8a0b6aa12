import type { PhaseViews } from "../types";
import { MirrorConsole } from "./MirrorConsole";
import { MirrorPhone } from "./MirrorPhone";
import { MirrorScreen } from "./MirrorScreen";

export const mirrorViews: PhaseViews<"mirror"> = { Phone: MirrorPhone, Screen: MirrorScreen, Console: MirrorConsole };
