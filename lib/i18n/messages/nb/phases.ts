import type { Messages } from "../en";

export const phases = {} satisfies Messages["phases"];
