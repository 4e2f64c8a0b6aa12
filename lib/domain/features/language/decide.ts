import { accept } from "../../decision";
import type { Deciders } from "../../feature";
import { notEnded, onlyFacilitator } from "../../guards";

export const languageDeciders: Deciders<"workshop.setLanguage"> = {
  "workshop.setLanguage"(state, { language }, { actor }) {
    const denied = onlyFacilitator(actor) ?? notEnded(state);
    if (denied) return denied;
    if (state.language === language) return accept([]);
    return accept([{ type: "workshop.languageSet", language }]);
  },
};
