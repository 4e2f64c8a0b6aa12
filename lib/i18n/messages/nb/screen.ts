import type { Messages } from "../en";

export const screen = {} satisfies Messages["screen"];
