import type { Messages } from "../en";

export const mirror = {} satisfies Messages["mirror"];
