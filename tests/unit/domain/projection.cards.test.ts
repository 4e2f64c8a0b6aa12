import { describe, expect, it } from "vitest";
import { apply, deliveries, redactEvent, viewFor, type Viewer } from "@/lib/domain";
import { facilitator, participant, play, scene, sequence } from "../../helpers/domain";
import { ANYONE, FAC, SCREEN, as, copyFor, held, started } from "./projection.fixtures";

describe("anonymous cards: the author travels to the author alone", () => {
  const { log } = started();
  const added = log.at(-1)!; // Bob's c6
  const out = deliveries(added.stored, added.stateAfter);

  it.each<[string, Viewer, string | null]>([
    ["the author", as("p3"), "p3"],
    ["the facilitator", FAC, null],
  ])("card.added reaches %s with authorId %j", (_name, viewer, authorId) => {
    const copy = copyFor(out, viewer).event;
    expect(copy).toMatchObject({ type: "card.added", cardId: "c6", authorId });
  });

  it.each<[string, Viewer, string | null]>([
    ["the author", as("p3"), "p3"],
    ["the facilitator", FAC, null],
    ["the screen", SCREEN, null],
    ["another participant", as("p2"), null],
  ])("after the reveal, %s holds the card with authorId %j", (_name, viewer, authorId) => {
    const { state } = play(started().state, [[{ type: "phase.reveal", phaseId: "anon" }, facilitator]]);
    const view = viewFor(state, viewer);
    expect(held(view, "c6")?.authorId).toBe(authorId);
    if (authorId === null) expect(JSON.stringify(view.cards)).not.toContain('"authorId":"p3"');
  });
});

describe("private writing: nothing of others' cards before the reveal", () => {
  const { log, state } = started();
  const added = log.at(-1)!; // Bob's c6, private

  it.each<[string, Viewer, "card.added" | "redacted"]>([
    ["the author", as("p3"), "card.added"],
    ["the facilitator", FAC, "card.added"],
    ["the screen", SCREEN, "redacted"],
    ["another participant", as("p2"), "redacted"],
    ["any participant", ANYONE, "redacted"],
  ])("%s gets %s, with the same seq", (_name, viewer, type) => {
    const copy = copyFor(deliveries(added.stored, added.stateAfter), viewer);
    expect(copy.event.type).toBe(type);
    expect(copy.seq).toBe(added.stored.seq);
    if (type === "redacted") expect(JSON.stringify(copy)).not.toContain("Bob changes");
  });

  it.each<[string, Viewer, string[]]>([
    ["the facilitator", FAC, ["c5", "c6"]],
    ["the screen", SCREEN, []],
    ["Alice", as("p2"), ["c5"]],
    ["Bob", as("p3"), ["c6"]],
  ])("viewFor gives %s only the cards it may see", (_name, viewer, ids) => {
    expect(Object.keys(viewFor(state, viewer).cards).sort()).toEqual(ids);
  });

  it("the reveal brings the now-visible cards to those who did not hold them, without authors", () => {
    const { log: revealLog, state: after } = play(state, [
      [{ type: "card.setHidden", cardId: "c5", hidden: true }, facilitator],
      [{ type: "phase.reveal", phaseId: "anon" }, facilitator],
    ]);
    const revealed = revealLog.at(-1)!;
    const out = deliveries(revealed.stored, after);
    expect(copyFor(out, FAC).event).toEqual({ type: "phase.revealed", phaseId: "anon" });
    for (const viewer of [SCREEN, ANYONE, as("p2"), as("p3")]) {
      const copy = copyFor(out, viewer).event;
      if (copy.type !== "phase.revealed") throw new Error(copy.type);
      // The hidden card stays out; the anonymous one comes without its author.
      expect(copy.cards?.map((c) => [c.id, c.authorId, c.text])).toEqual([["c6", null, "Bob changes"]]);
    }
  });

  it("an author's edit before the reveal reaches the author, and no one else", () => {
    const { log: editLog } = play(state, [[{ type: "card.edit", cardId: "c6", text: "Bob, better" }, participant("p3")]]);
    const edit = editLog.at(-1)!;
    const out = deliveries(edit.stored, edit.stateAfter);
    expect(copyFor(out, as("p3")).event).toEqual({ type: "card.edited", cardId: "c6", text: "Bob, better" });
    expect(copyFor(out, FAC).event.type).toBe("card.edited");
    for (const viewer of [SCREEN, as("p2")]) expect(copyFor(out, viewer).event).toEqual({ type: "redacted" });
  });

  it("an unhidden card comes back to its author, marked as theirs, and to no one else", () => {
    const { log: unhideLog } = play(state, [
      [{ type: "card.setHidden", cardId: "c6", hidden: true }, facilitator],
      [{ type: "card.setHidden", cardId: "c6", hidden: false }, facilitator],
    ]);
    const unhide = unhideLog.at(-1)!;
    const out = deliveries(unhide.stored, unhide.stateAfter);
    expect(copyFor(out, as("p3")).event).toMatchObject({ type: "card.unhidden", card: { id: "c6", authorId: "p3" } });
    for (const viewer of [SCREEN, as("p2")]) expect(copyFor(out, viewer).event).toEqual({ type: "redacted" });
  });
});

describe("card.hidden", () => {
  it.each<[string, Viewer, string]>([
    ["the facilitator", FAC, "card.hidden"],
    ["the screen", SCREEN, "card.deleted"],
    ["the author", as("p2"), "card.deleted"],
    ["any participant", ANYONE, "card.deleted"],
  ])("reaches %s as %s", (_name, viewer, type) => {
    const before = scene();
    const [stored] = sequence(before, [{ type: "card.hidden", cardId: "c5" }]);
    const copy = redactEvent(stored!, apply(before, stored!), viewer);
    expect(copy.event).toEqual({ type, cardId: "c5" });
  });
});
