import type { Messages } from "../en";

export const screen = {
  pageTitle: "Scherm {code}",
} satisfies Messages["screen"];
