import type { Messages } from "../en";

export const facilitator = {
  pageTitle: "Konsoll {code}",
} satisfies Messages["facilitator"];
