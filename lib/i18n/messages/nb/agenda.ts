import type { Messages } from "../en";

export const agenda = {} satisfies Messages["agenda"];
