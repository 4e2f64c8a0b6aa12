import type { Messages } from "../en";

export const create = {} satisfies Messages["create"];
