import type { Messages } from "../en";
import { common } from "./common";

export const nl: Messages = { common };
