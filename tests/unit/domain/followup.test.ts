import { describe, expect, it } from "vitest";
import { CommandSchema, carryOver, deliveries, viewFor, type Actor, type CommandInput, type WorkshopState } from "@/lib/domain";
import { progressToTarget } from "@/lib/domain/features/followup/progress";
import { DEFAULT_AGENDA } from "@/lib/domain/agenda";
import { T0, facilitator, goto, hash, join, must, outcome, participant, run, screen, workshop, SALES_AGREEMENT } from "./fixtures";

const FIELDS = { ...SALES_AGREEMENT, what: "Sales checks new offers with Finance before sending them" };

const alice = participant("p2");
const owner = (agreementId: string): Actor => ({ role: "owner", agreementId });

/** Alice (Sales) joined; two agreements made (a4, a5); the workshop has ended. */
function ended(): WorkshopState {
  let s = join(workshop(), "Alice", "t1", 1).state;
  s = goto(s, "agreements");
  s = must(s, { type: "agreement.create", phaseId: "agreements", fields: FIELDS }, facilitator).state;
  s = must(s, { type: "agreement.create", phaseId: "agreements", fields: { ...FIELDS, what: "Weekly stand-up" } }, facilitator).state;
  return must(s, { type: "workshop.end" }, facilitator).state;
}

const progress = (agreementId: string, status = "on-track", measured = "7%", note = ""): CommandInput =>
  ({ type: "agreement.progress", agreementId, status, measured, note }) as CommandInput;

describe("agreement.progress", () => {
  it.each<[string, CommandInput, Actor, ReturnType<typeof outcome>]>([
    ["the facilitator, after the end", progress("a4"), facilitator, { events: ["agreement.progressed"], id: "a4" }],
    ["the owner, through their link", progress("a4"), owner("a4"), { events: ["agreement.progressed"], id: "a4" }],
    ["an owner, for another agreement", progress("a5"), owner("a4"), { error: "forbidden" }],
    ["a participant", progress("a4"), alice, { error: "forbidden" }],
    ["the screen", progress("a4"), screen, { error: "forbidden" }],
    ["an agreement that is not there", progress("a9"), facilitator, { error: "not_found" }],
  ])("%s", (_name, command, actor, expected) => {
    expect(outcome(run(ended(), command, actor).decision)).toEqual(expected);
  });

  it("keeps every change as history, the latest as the agreement's status; a repeat adds nothing", () => {
    let s = must(ended(), progress("a4", "on-track", "8%", "FAQ is live"), facilitator, T0 + 1000).state;
    s = must(s, progress("a4", "done", "5%"), owner("a4"), T0 + 2000).state;
    expect(run(s, progress("a4", "done", "5%"), owner("a4")).decision).toMatchObject({ ok: true, events: [] });
    expect(s.agreements.a4).toMatchObject({
      status: "done",
      measured: "5%",
      progress: [
        { at: T0 + 1000, status: "on-track", measured: "8%", note: "FAQ is live", by: "facilitator" },
        { at: T0 + 2000, status: "done", measured: "5%", note: "", by: "owner" },
      ],
    });
    expect(viewFor(s, { role: "participant", participantId: "p2" }).agreements.a4?.status).toBe("done");
  });

  it("refuses an unknown status and a long measured value at the schema, saying which", () => {
    const parsed = CommandSchema.safeParse(progress("a4", "finished", "x".repeat(81)));
    expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["status", "The status must be not started, on track, at risk or done"],
      ["measured", "The measured value must be at most 80 characters"],
    ]);
  });
});

describe("share and edit links", () => {
  it("only the facilitator makes them; the hashes stay on the server", () => {
    const s = ended();
    expect(outcome(run(s, { type: "share.add", tokenHash: hash(7) }, alice).decision)).toEqual({ error: "forbidden" });
    const shared = must(s, { type: "share.add", tokenHash: hash(7) }, facilitator).state;
    const linked = run(shared, { type: "agreement.addEditLink", agreementId: "a4", tokenHash: hash(8) }, facilitator);
    expect(linked.state.secrets).toMatchObject({ shareTokenHashes: [hash(7)], editLinks: { [hash(8)]: "a4" } });
    expect(outcome(run(s, { type: "agreement.addEditLink", agreementId: "a9", tokenHash: hash(8) }, facilitator).decision)).toEqual({ error: "not_found" });
    for (const { event } of deliveries(linked.log[0]!, linked.state)) expect(JSON.stringify(event)).not.toContain(hash(8));
    expect(viewFor(linked.state, { role: "facilitator" }).secrets).toBeNull();
  });
});

describe("progressToTarget", () => {
  it.each<[string, string, string, number | null]>([
    ["10%", "5%", "7.5%", 0.5],
    ["10%", "5%", "10%", 0],
    ["10%", "5%", "4%", 1.2],
    ["2 days", "1 day", "1,5 days", 0.5],
    ["40", "90", "", null],
    ["fewer complaints", "none", "3", null],
    ["5", "5", "5", null],
  ])("from %s to %s, measured %s: %s", (baseline, target, measured, expected) => {
    const got = progressToTarget(baseline, target, measured);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected);
  });
});

describe("carryOver", () => {
  it("puts each agreement in the first phase of its kind, numbered after the sequence number it will have", () => {
    const events = carryOver(
      DEFAULT_AGENDA,
      [
        { kind: "agreement", fields: FIELDS, status: "at-risk", measured: "9%" },
        { kind: "carry-over", fields: { ...FIELDS, what: "Replay it" }, status: "not-started", measured: "" },
      ],
      { code: "ABCDEF", title: "Kick-off" },
    );
    expect(events.map((e) => [e.agreementId, e.phaseId, e.kind, e.status])).toEqual([
      ["a2", "agreements", "agreement", "at-risk"],
      ["a3", "carry-over", "carry-over", "not-started"],
    ]);
    const s = workshop(...events);
    expect(s.agreements.a2).toMatchObject({ what: FIELDS.what, status: "at-risk", measured: "9%", carriedFrom: { code: "ABCDEF", title: "Kick-off" }, progress: [] });
  });
});
