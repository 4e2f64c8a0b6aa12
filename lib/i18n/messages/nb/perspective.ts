import type { Messages } from "../en";

export const perspective = {} satisfies Messages["perspective"];
