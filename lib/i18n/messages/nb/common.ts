import type { Messages } from "../en";

export const common = {
  language: "Språk",
} satisfies Messages["common"];
