import type { Messages } from "../en";

export const strengths = {} satisfies Messages["strengths"];
