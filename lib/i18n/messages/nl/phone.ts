import type { Messages } from "../en";

export const phone = {} satisfies Messages["phone"];
