import type { Messages } from "../en";

export const catchup = {} satisfies Messages["catchup"];
