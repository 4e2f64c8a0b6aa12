import type { Messages } from "../en";

export const brainstorm = {} satisfies Messages["brainstorm"];
