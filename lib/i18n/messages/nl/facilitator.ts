import type { Messages } from "../en";

export const facilitator = {
  pageTitle: "Console {code}",
} satisfies Messages["facilitator"];
