import type { Messages } from "../en";

export const beliefs = {} satisfies Messages["beliefs"];
