import { describe, expect, it } from "vitest";
import { ADDABLE_KINDS, newPhaseDraft } from "@/lib/domain";
import { LANGUAGES } from "@/lib/i18n/languages";
import { customWorkshop, facilitator, lobbyPhase, must, workshop } from "../../helpers/domain";

describe("a new phase's defaults", () => {
  for (const lang of LANGUAGES) {
    it.each(ADDABLE_KINDS)(`%s (${lang}) is accepted at the end of the default day, in that language`, (kind) => {
      const state = workshop();
      const last = state.agenda.length - 1;
      const draft = newPhaseDraft(kind, lang, state.agenda, last)!;
      const { state: after, id } = must(state, { type: "agenda.addPhase", phase: draft, afterPhaseId: state.agenda[last]!.id }, facilitator);
      const added = after.agenda.find((p) => p.id === id)!;
      expect(added.kind).toBe(kind);
      expect(added.timeboxMinutes).toBeGreaterThan(0);
      if (lang !== "en" && kind !== "brainstorm") expect(added.title).not.toBe(newPhaseDraft(kind, "en", state.agenda, last)!.title);
    });
  }

  it("a mirror cannot be offered where no perspective phase comes before it; agreements then build on nothing", () => {
    const agenda = customWorkshop([lobbyPhase()]).agenda;
    expect(newPhaseDraft("mirror", "en", agenda, 0)).toBeNull();
    expect(newPhaseDraft("agreements", "en", agenda, 0)?.options).toEqual({ sourcePhaseId: null });
  });
});
