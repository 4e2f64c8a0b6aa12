import type { Messages } from "../en";

export const report = {} satisfies Messages["report"];
