import type { Messages } from "../en";

export const agreements = {} satisfies Messages["agreements"];
