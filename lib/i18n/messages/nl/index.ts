import type { Messages } from "../en";
import { common } from "./common";
import { home } from "./home";
import { phone } from "./phone";
import { phases } from "./phases";
import { facilitator } from "./facilitator";
import { screen } from "./screen";
import { report } from "./report";
import { downloads } from "./downloads";
import { create } from "./create";
import { agenda } from "./agenda";
import { catchup } from "./catchup";

export const nl: Messages = { common, home, phone, phases, facilitator, screen, report, downloads, create, agenda, catchup };
