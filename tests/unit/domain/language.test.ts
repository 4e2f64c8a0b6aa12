import { describe, expect, it } from "vitest";
import { CreateWorkshopSchema, apply, createWorkshop, viewFor, type Actor } from "@/lib/domain";
import { CODE, FACILITATOR_HASH, T0, facilitator, guest, must, no, participant, run, screen, verdict, workshop, yes } from "../../helpers/domain";

const created = (input: Record<string, unknown>) =>
  createWorkshop(CreateWorkshopSchema.parse({ title: "Day", teams: ["A", "B"], ...input }), { code: CODE, facilitatorTokenHash: FACILITATOR_HASH });
const fromCreated = (event: ReturnType<typeof created>) => apply(null, { seq: 1, at: T0, event });

describe("the workshop's language", () => {
  it("is set at creation, stored on the creation event, and the agenda speaks it", () => {
    const event = created({ language: "nl" });
    expect(event.language).toBe("nl");
    const state = fromCreated(event);
    expect(state.language).toBe("nl");
    expect(state.agenda.find((p) => p.id === "changes")?.title).toBe("Veranderingen om ons heen");
  });

  it("a creation event from before languages existed reads as English", () => {
    const { language: _none, ...old } = created({});
    expect(apply(null, { seq: 1, at: T0, event: old }).language).toBe("en");
  });

  it("an unknown language is refused at creation", () => {
    expect(CreateWorkshopSchema.safeParse({ title: "Day", teams: ["A", "B"], language: "fr" }).success).toBe(false);
  });

  it("a saved agenda keeps its own words whatever the language", () => {
    const saved = { id: "mine", title: "Mine", description: "", agenda: workshop().agenda };
    expect(created({ language: "nb", agenda: saved }).agenda).toEqual(workshop().agenda);
  });

  it("the facilitator changes it with an event, and every viewer sees the new language", () => {
    const { state } = must(workshop(), { type: "workshop.setLanguage", language: "nb" }, facilitator);
    expect(state.language).toBe("nb");
    for (const viewer of [{ role: "screen" }, { role: "participant", participantId: null }, { role: "facilitator" }] as const) {
      expect(viewFor(state, viewer).language).toBe("nb");
    }
    expect(verdict(run(state, { type: "workshop.setLanguage", language: "nb" }, facilitator).decision)).toEqual(yes([]));
    expect(verdict(run(state, { type: "workshop.setLanguage", language: "en" }, facilitator).decision)).toEqual(
      yes(["workshop.languageSet"]),
    );
  });

  it.each<[string, Actor]>([
    ["a participant", participant("p1")],
    ["a phone that has not joined", guest(3)],
    ["the room screen", screen],
  ])("%s may not change it", (_name, actor) => {
    expect(verdict(run(workshop(), { type: "workshop.setLanguage", language: "nl" }, actor).decision)).toEqual(
      no("forbidden", /Only the facilitator/),
    );
  });

  it("not after the end", () => {
    const ended = must(workshop(), { type: "workshop.end" }, facilitator).state;
    expect(verdict(run(ended, { type: "workshop.setLanguage", language: "nl" }, facilitator).decision)).toEqual(no("closed", /ended/));
  });
});
