import type { Messages } from "../en";

export const screen = {
  pageTitle: "Skjerm {code}",
} satisfies Messages["screen"];
