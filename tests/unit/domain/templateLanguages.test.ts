import { describe, expect, it } from "vitest";
import { LIMITS, TEMPLATES, TemplateSchema, templateIn, templatesIn, type Phase } from "@/lib/domain";
import { LANGUAGES } from "@/lib/i18n/languages";
import { facilitator, must, no, run, verdict, workshop } from "../../helpers/domain";

/** Every word a template shows, so a missing translation (left in English) is found. */
function words(agenda: readonly Phase[]): string[] {
  return agenda.flatMap((p) => [
    p.title,
    p.prompt,
    ...(p.kind === "cards" ? p.options.columns.map((c) => c.label) : []),
    ...(p.kind === "pulse" ? p.options.questions.map((q) => q.text) : []),
  ]);
}
const shape = (agenda: readonly Phase[]) => agenda.map(({ id, kind, timeboxMinutes, options }) => ({ id, kind, timeboxMinutes, ids: JSON.stringify(options, (k, v) => (k === "label" || k === "text" ? undefined : v)) }));

describe("templates in every language", () => {
  it("English is the templates as they are", () => {
    expect(templatesIn("en").map(({ teams: _t, ...t }) => t)).toEqual(TEMPLATES);
    expect(templateIn("in-each-others-shoes", "en")?.teams).toEqual(["Sales", "Customer service", "Finance", "IT", "Logistics"]);
  });

  for (const lang of LANGUAGES.filter((l) => l !== "en")) {
    describe(lang, () => {
      it.each(TEMPLATES.map((t) => [t.id, t] as const))("%s parses, runs the same day, and leaves nothing in English", (id, english) => {
        const template = templateIn(id, lang)!;
        expect(TemplateSchema.safeParse(template).success).toBe(true);
        expect(shape(template.agenda)).toEqual(shape(english.agenda));
        const translated = [template.title, template.description, ...words(template.agenda)];
        const original = new Set([english.title, english.description, ...words(english.agenda)]);
        // "Brainstorm" and "Check-in" are Dutch too; everything else must differ from the English.
        const leftOver = translated.filter((w) => original.has(w) && !["Brainstorm", "Check-in", "Check-out"].includes(w));
        expect(leftOver).toEqual([]);
        expect(template.teams.length).toBeGreaterThanOrEqual(LIMITS.teams.min);
        expect(new Set(template.teams.map((t) => t.toLocaleLowerCase())).size).toBe(template.teams.length);
      });
    });
  }

  it("Dutch and Bokmål are each their own words", () => {
    expect(templateIn("upside-down", "nl")?.title).toBe("Zet de piramide op zijn kop");
    expect(templateIn("upside-down", "nb")?.title).toBe("Snu pyramiden på hodet");
  });
});

describe("the agenda's length", () => {
  it(`takes at most ${LIMITS.phases} phases, the lobby included`, () => {
    let state = workshop();
    const draft = { kind: "info", title: "Break", prompt: "", timeboxMinutes: 5, options: {} };
    while (state.agenda.length < LIMITS.phases) state = must(state, { type: "agenda.addPhase", phase: draft, afterPhaseId: null }, facilitator).state;
    expect(verdict(run(state, { type: "agenda.addPhase", phase: draft, afterPhaseId: null }, facilitator).decision)).toEqual(
      no("conflict", /at most 30 phases/),
    );
  });
});
