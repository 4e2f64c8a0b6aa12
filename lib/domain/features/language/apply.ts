import type { Appliers } from "../../feature";

export const languageAppliers: Appliers<"workshop.languageSet"> = {
  "workshop.languageSet": (state, { language }) => ({ ...state, language }),
};
