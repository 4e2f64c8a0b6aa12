import type { Messages } from "../en";
import { common } from "./common";

export const nb: Messages = { common };
