import type { Messages } from "../en";

export const facilitator = {} satisfies Messages["facilitator"];
