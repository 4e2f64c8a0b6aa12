import type { Messages } from "../en";

export const pulse = {} satisfies Messages["pulse"];
