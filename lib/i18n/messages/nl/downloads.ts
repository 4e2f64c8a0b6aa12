import type { Messages } from "../en";

export const downloads = {} satisfies Messages["downloads"];
