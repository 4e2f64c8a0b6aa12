import type { Messages } from "../en";

export const home = {} satisfies Messages["home"];
