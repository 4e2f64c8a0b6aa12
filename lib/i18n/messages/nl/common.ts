import type { Messages } from "../en";

export const common = {
  language: "Taal",
} satisfies Messages["common"];
