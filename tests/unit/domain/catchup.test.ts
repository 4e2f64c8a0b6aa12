import { describe, expect, it } from "vitest";
import { deliveries, viewFor, type Actor, type CommandInput, type WorkshopState } from "@/lib/domain";
import { catchUpSummary } from "@/lib/domain/features/catchup/summary";
import { catchUpViewFor } from "@/lib/domain/features/catchup/view";
import { T0, facilitator, goto, hash, join, must, outcome, participant, play, run, workshop, SALES_AGREEMENT } from "./fixtures";

const FIELDS = SALES_AGREEMENT;

const DAY = 24 * 3600_000;
const DEADLINE = T0 + 7 * DAY;
const invite = (teamId: string): Actor => ({ role: "catchup", teamId, participantId: null });
const as = (participantId: string, teamId = "t2"): Actor => ({ role: "catchup", teamId, participantId });

/**
 * A workshop that ran: Alice (Sales) wrote about IT in the shoes, Bob (IT) about himself, an
 * anonymous belief by Alice, one agreement; then a catch-up opened with an IT link.
 */
function afterTheDay(): { state: WorkshopState; agreementId: string; beliefId: string } {
  let s = join(workshop(), "Alice", "t1", 1).state;
  s = join(s, "Bob", "t2", 2).state;
  s = goto(s, "shoes");
  s = must(s, { type: "card.add", phaseId: "shoes", column: "strengths", aboutTeamId: "t2", text: "IT keeps us running" }, participant("p2")).state;
  s = must(s, { type: "card.add", phaseId: "shoes", column: "challenges", aboutTeamId: "t2", text: "Too many tickets" }, participant("p3")).state;
  s = must(s, { type: "phase.reveal", phaseId: "shoes" }, facilitator).state;
  s = goto(s, "beliefs");
  const belief = must(s, { type: "belief.add", phaseId: "beliefs", aboutTeamId: "t2", cause: "unexplained", text: "IT always says no" }, participant("p2"));
  s = goto(belief.state, "agreements");
  const agreement = must(s, { type: "agreement.create", phaseId: "agreements", fields: FIELDS }, facilitator);
  s = must(agreement.state, { type: "workshop.end" }, facilitator).state;
  s = must(s, { type: "catchup.open", deadline: DEADLINE }, facilitator).state;
  s = must(s, { type: "catchup.addInvite", teamId: "t2", tokenHash: hash(100) }, facilitator).state;
  return { state: s, agreementId: agreement.id, beliefId: belief.id };
}

function joined(name = "Dana", n = 200, teamId = "t2") {
  const { state, ...rest } = afterTheDay();
  const j = must(state, { type: "catchup.join", name, tokenHash: hash(n) }, invite(teamId), T0 + DAY);
  return { ...rest, state: j.state, id: j.id };
}

const pulse = (phaseId: string): CommandInput => ({
  type: "catchup.submit",
  phaseId,
  input: { kind: "pulse", answers: { "they-understand": 2, "i-understand": 4 } },
});
const shoes: CommandInput = {
  type: "catchup.submit",
  phaseId: "shoes",
  input: { kind: "perspective", cards: [{ about: "other", column: "strengths", text: "Sales knows the customer" }] },
};

describe("catch-up: opening, extending, closing", () => {
  it("keeps the catch-up kinds of the agenda, in the room's order, when none are named", () => {
    const { state } = afterTheDay();
    expect(state.catchup?.phaseIds).toEqual(["check-in", "shoes", "mirror", "beliefs", "agreements", "check-out"]);
  });

  it.each<[string, CommandInput, Actor, ReturnType<typeof outcome>]>([
    ["a participant cannot open it", { type: "catchup.open", deadline: DEADLINE }, participant("p2"), { error: "forbidden" }],
    ["a deadline in the past", { type: "catchup.open", deadline: T0 - 1 }, facilitator, { error: "invalid_input" }],
    ["a phase the catch-up cannot keep", { type: "catchup.open", deadline: DEADLINE, phaseIds: ["brainstorm"] }, facilitator, { error: "invalid_input" }],
    ["a chosen subset", { type: "catchup.open", deadline: DEADLINE, phaseIds: ["beliefs", "check-in"] }, facilitator, { events: ["catchup.opened"] }],
  ])("%s", (_, command, actor, expected) => {
    expect(outcome(run(workshop(), command, actor).decision)).toEqual(expected);
  });

  it("is read-only after the deadline, and open again once extended", () => {
    const { state, id } = joined();
    const late = run(state, pulse("check-in"), as(id), DEADLINE + 1);
    expect(outcome(late.decision)).toEqual({ error: "closed" });
    expect(outcome(run(state, { type: "catchup.join", name: "Eve", tokenHash: hash(201) }, invite("t2"), DEADLINE + 1).decision)).toEqual({ error: "closed" });
    const extended = must(state, { type: "catchup.extend", deadline: DEADLINE + 7 * DAY }, facilitator, DEADLINE + 1).state;
    expect(outcome(run(extended, pulse("check-in"), as(id), DEADLINE + 2).decision)).toEqual({ events: ["catchup.submitted"], id: "check-in" });
  });

  it("is read-only once closed by the facilitator", () => {
    const { state, id } = joined();
    const closed = must(state, { type: "catchup.close" }, facilitator, T0 + DAY).state;
    expect(outcome(run(closed, pulse("check-in"), as(id), T0 + DAY).decision)).toEqual({ error: "closed" });
    expect(catchUpViewFor(closed, id, T0 + DAY)).toMatchObject({ open: false, currentPhaseId: null });
  });
});

describe("catch-up: joining through a team's link", () => {
  it("puts them in the link's team and gives them another team to write as", () => {
    const { state, id } = joined();
    expect(state.catchup?.participants[id]).toMatchObject({ name: "Dana", teamId: "t2" });
    expect(state.catchup?.participants[id]?.writesAsTeamId).not.toBe("t2");
    expect(state.participants[id]).toBeUndefined();
  });

  it("spreads the teams written about over the catch-up colleagues", () => {
    let { state } = afterTheDay();
    const ids: string[] = [];
    for (const n of [300, 301]) {
      const j = must(state, { type: "catchup.join", name: `P${n}`, tokenHash: hash(n) }, invite("t2"), T0 + DAY);
      state = j.state;
      ids.push(j.id);
    }
    const teams = ids.map((i) => state.catchup?.participants[i]?.writesAsTeamId);
    expect(new Set(teams)).toEqual(new Set(["t1", "t3"]));
  });

  it("comes back as the same person with the same token", () => {
    const { state, id } = joined();
    expect(outcome(run(state, { type: "catchup.join", name: "Dana", tokenHash: hash(200) }, invite("t2"), T0 + DAY).decision)).toEqual({ events: [], id });
  });

  it("cannot be done by a socket's guest or a participant", () => {
    const { state } = afterTheDay();
    expect(outcome(run(state, { type: "catchup.join", name: "X", tokenHash: hash(5) }, participant("p2")).decision)).toEqual({ error: "forbidden" });
  });
});

describe("catch-up: steps in the room's order, each once", () => {
  it("refuses a later step before the earlier ones: no mirror before their own writing", () => {
    const { state, id } = joined();
    const mirror: CommandInput = { type: "catchup.submit", phaseId: "mirror", input: { kind: "mirror" } };
    expect(outcome(run(state, mirror, as(id), T0 + DAY).decision)).toEqual({ error: "closed" });
    const s = must(state, pulse("check-in"), as(id), T0 + DAY).state;
    expect(outcome(run(s, mirror, as(id), T0 + DAY).decision)).toEqual({ error: "closed" });
    const written = must(s, shoes, as(id), T0 + DAY).state;
    expect(outcome(run(written, mirror, as(id), T0 + DAY).decision)).toEqual({ events: ["catchup.submitted"], id: "mirror" });
  });

  it("takes one submission per person and step", () => {
    const { state, id } = joined();
    const s = must(state, pulse("check-in"), as(id), T0 + DAY).state;
    expect(outcome(run(s, pulse("check-in"), as(id), T0 + DAY).decision)).toEqual({ error: "conflict" });
  });

  it("wants every pulse question answered and the step's own kind of input", () => {
    const { state, id } = joined();
    const half: CommandInput = { type: "catchup.submit", phaseId: "check-in", input: { kind: "pulse", answers: { "they-understand": 2 } } };
    expect(outcome(run(state, half, as(id), T0 + DAY).decision)).toEqual({ error: "invalid_input" });
    expect(outcome(run(state, { ...shoes, phaseId: "check-in" }, as(id), T0 + DAY).decision)).toEqual({ error: "invalid_input" });
  });

  it("continues where they were: the view names the next step and what was sent", () => {
    const { state, id } = joined();
    const s = must(state, pulse("check-in"), as(id), T0 + DAY).state;
    const view = catchUpViewFor(s, id, T0 + 2 * DAY)!;
    expect(view.currentPhaseId).toBe("shoes");
    expect(view.steps[0]).toMatchObject({ phaseId: "check-in", done: true, sent: { kind: "pulse" } });
  });
});

describe("catch-up: what a catch-up participant sees", () => {
  it("shows the mirror of their own team only after their writing step is sent", () => {
    const { state, id } = joined();
    let s = must(state, pulse("check-in"), as(id), T0 + DAY).state;
    const before = catchUpViewFor(s, id, T0 + DAY)!.steps.find((x) => x.phaseId === "mirror")!.view;
    expect(before).toMatchObject({ kind: "mirror", others: null, own: null });
    expect(JSON.stringify(catchUpViewFor(s, id, T0 + DAY))).not.toContain("IT keeps us running");
    s = must(s, shoes, as(id), T0 + DAY).state;
    const after = catchUpViewFor(s, id, T0 + DAY)!.steps.find((x) => x.phaseId === "mirror")!.view;
    expect(after).toEqual({ kind: "mirror", teamId: "t2", others: [{ column: "strengths", text: "IT keeps us running" }], own: [{ column: "challenges", text: "Too many tickets" }] });
  });

  it("never names the author of a belief, nor anyone in the room", () => {
    const { state, id } = joined();
    const text = JSON.stringify(catchUpViewFor(state, id, T0 + DAY));
    expect(text).toContain("IT always says no");
    expect(text).not.toMatch(/"authorId"|"p2"|"p3"|Bob/);
  });

  it("shows no other catch-up participant", () => {
    const { state, id } = joined();
    const other = must(state, { type: "catchup.join", name: "Eve", tokenHash: hash(201) }, invite("t2"), T0 + DAY);
    expect(JSON.stringify(catchUpViewFor(other.state, id, T0 + DAY))).not.toContain("Eve");
  });
});

describe("catch-up: kept apart from the room", () => {
  it("reaches every socket audience as a bare marker and is in no socket view", () => {
    const { state } = afterTheDay();
    const { log, state: after } = play(state, [[{ type: "catchup.join", name: "Dana", tokenHash: hash(200) }, invite("t2"), T0 + DAY]]);
    for (const { stored, stateAfter } of log) {
      for (const d of deliveries(stored, stateAfter)) expect(d.event.event).toEqual({ type: "redacted" });
    }
    for (const viewer of [{ role: "facilitator" }, { role: "screen" }, { role: "participant", participantId: "p2" }] as const) {
      expect(JSON.stringify(viewFor(after, viewer))).not.toMatch(/Dana|catchup/);
    }
  });

  it("counts catch-up answers and endorsements apart from the room's, with concerns for the owner", () => {
    const { state, id, agreementId, beliefId } = joined();
    let s = state;
    for (const command of [
      pulse("check-in"),
      shoes,
      { type: "catchup.submit", phaseId: "mirror", input: { kind: "mirror" } },
      { type: "catchup.submit", phaseId: "beliefs", input: { kind: "beliefs", votes: { [beliefId]: "partly" } } },
      { type: "catchup.submit", phaseId: "agreements", input: { kind: "agreements", responses: { [agreementId]: { answer: "concern", text: "Finance is never there on Fridays" } } } },
    ] as CommandInput[]) {
      s = must(s, command, as(id), T0 + DAY).state;
    }
    expect(s.beliefTallies[beliefId] ?? {}).toEqual({});
    expect(s.agreements[agreementId]?.endorsedBy).toEqual([]);
    const summary = catchUpSummary(s, T0 + DAY)!;
    expect(summary.teams.find((t) => t.teamId === "t2")).toEqual({ teamId: "t2", links: 1, inTheRoom: 1, joined: 1, started: 1, finished: 0 });
    expect(summary.concerns).toEqual([{ agreementId, name: "Dana", teamId: "t2", text: "Finance is never there on Fridays" }]);
    s = must(s, pulse("check-out"), as(id), T0 + DAY).state;
    expect(catchUpSummary(s, T0 + DAY)!.teams.find((t) => t.teamId === "t2")?.finished).toBe(1);
  });
});
