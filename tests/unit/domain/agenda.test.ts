import { describe, expect, it } from "vitest";
import { CommandSchema, NEW_CONTROL, deliveries, type Actor, type CommandInput, type WorkshopState } from "@/lib/domain";
import { agendaProblem } from "@/lib/domain/features/agenda/rules";
import { facilitator, goto, guest, join, must, no, participant, play, run, scene, screen, verdict, workshop, yes } from "../../helpers/domain";

/** Default agenda: lobby, check-in, changes, shoes, mirror, beliefs, strengths, brainstorm, agreements, carry-over, check-out. */
const ids = (state: WorkshopState) => state.agenda.map((p) => p.id);

const infoDraft = { kind: "info", title: "Coffee", prompt: "Ten minutes.", timeboxMinutes: 10, options: {} };
const addInfo = (afterPhaseId: string | null = "changes"): CommandInput => ({ type: "agenda.addPhase", phase: infoDraft, afterPhaseId });
const ended = () => must(workshop(), { type: "workshop.end" }, facilitator).state;

describe("who may change the agenda and the teams", () => {
  const commands: CommandInput[] = [
    addInfo(),
    { type: "agenda.removePhase", phaseId: "carry-over" },
    { type: "agenda.movePhase", phaseId: "carry-over", toIndex: 2 },
    { type: "agenda.updatePhase", phaseId: "changes", title: "What changes" },
    { type: "team.add", name: "Legal" },
    { type: "team.rename", teamId: "t1", name: "Sales & marketing" },
  ];
  it.each<[string, Actor]>([
    ["a participant", participant("p2")],
    ["a phone that has not joined", guest(9)],
    ["the room screen", screen],
  ])("%s is refused every edit", (_name, actor) => {
    const state = join(workshop(), "Alice", "t1", 1).state;
    for (const command of commands) {
      expect(verdict(run(state, command, actor).decision)).toEqual(no("forbidden", /Only the facilitator/));
    }
  });

  it("after the end, every edit is refused: the workshop is read-only", () => {
    for (const command of commands) {
      expect(verdict(run(ended(), command, facilitator).decision)).toEqual(no("closed", /ended/));
    }
  });
});

describe("agenda.addPhase", () => {
  it("puts a new phase after the one named, with a fresh id and a fresh control", () => {
    const { state, id } = must(workshop(), addInfo("changes"), facilitator);
    expect(id).toBe("phase-2");
    expect(ids(state).slice(0, 4)).toEqual(["lobby", "check-in", "changes", "phase-2"]);
    expect(state.agenda[3]).toEqual({ ...infoDraft, id: "phase-2" });
    expect(state.controls["phase-2"]).toEqual(NEW_CONTROL);
  });

  it("without a phase to follow, it comes right after the lobby", () => {
    expect(ids(must(workshop(), addInfo(null), facilitator).state).slice(0, 2)).toEqual(["lobby", "phase-2"]);
  });

  it("a mirror may build on an earlier perspective phase", () => {
    const mirror = { kind: "mirror", title: "Mirror 2", prompt: "", timeboxMinutes: null, options: { sourcePhaseId: "shoes" } };
    expect(verdict(run(workshop(), { type: "agenda.addPhase", phase: mirror, afterPhaseId: "beliefs" }, facilitator).decision)).toEqual(
      yes(["agenda.phaseAdded"], "phase-2"),
    );
  });

  it.each<[string, CommandInput, ReturnType<typeof no>]>([
    ["a second lobby", { type: "agenda.addPhase", phase: { ...infoDraft, kind: "lobby" }, afterPhaseId: null }, no("invalid_input", /one lobby/)],
    ["an unknown kind", { type: "agenda.addPhase", phase: { ...infoDraft, kind: "karaoke" }, afterPhaseId: null }, no("invalid_input", /not valid/)],
    [
      "options the kind does not take",
      { type: "agenda.addPhase", phase: { ...infoDraft, kind: "brainstorm", options: { budget: 99 } }, afterPhaseId: null },
      no("invalid_input", /not valid: options.budget/),
    ],
    ["after a phase that is not there", addInfo("nowhere"), no("not_found", /not in the agenda/)],
    [
      "a mirror before the perspective it shows",
      { type: "agenda.addPhase", phase: { ...infoDraft, kind: "mirror", options: { sourcePhaseId: "shoes" } }, afterPhaseId: "changes" },
      no("conflict", /must come after "In their shoes"/),
    ],
    [
      "a mirror of a phase of the wrong kind",
      { type: "agenda.addPhase", phase: { ...infoDraft, kind: "mirror", options: { sourcePhaseId: "changes" } }, afterPhaseId: "beliefs" },
      no("conflict", /must build on a perspective phase/),
    ],
    [
      "a check-out paired with a phase that is not there",
      {
        type: "agenda.addPhase",
        phase: { ...infoDraft, kind: "pulse", options: { questions: [{ id: "q", text: "How?" }], pairedWith: "gone" } },
        afterPhaseId: "beliefs",
      },
      no("conflict", /not in the agenda/),
    ],
  ])("refused: %s", (_name, command, expected) => {
    expect(verdict(run(workshop(), command, facilitator).decision)).toEqual(expected);
  });

  it("a title that is too long is refused before it is decided", () => {
    expect(CommandSchema.safeParse({ ...addInfo(), phase: { ...infoDraft, title: "x".repeat(81) } }).success).toBe(false);
  });
});

describe("agenda.removePhase", () => {
  it("takes a phase and its control out", () => {
    const { state } = must(workshop(), { type: "agenda.removePhase", phaseId: "carry-over" }, facilitator);
    expect(ids(state)).not.toContain("carry-over");
    expect(state.controls["carry-over"]).toBeUndefined();
  });

  it.each<[string, () => WorkshopState, string, ReturnType<typeof no>]>([
    ["the lobby", workshop, "lobby", no("conflict", /lobby cannot be removed/)],
    ["the phase the room is in", () => goto(workshop(), "beliefs"), "beliefs", no("conflict", /in this phase now/)],
    ["a phase with cards in it", () => goto(scene(), "shoes"), "changes", no("conflict", /already holds/)],
    ["a phase with answers in it", pulseAnswered, "check-in", no("conflict", /already holds/)],
    ["a phase another builds on", workshop, "shoes", no("conflict", /"The mirror" builds on "In their shoes"/)],
    ["a check-in a check-out pairs with", workshop, "check-in", no("conflict", /"Check-out" builds on "Check-in"/)],
    ["a phase that is not there", workshop, "nowhere", no("not_found", /not on the agenda/)],
  ])("refused: %s", (_name, state, phaseId, expected) => {
    expect(verdict(run(state(), { type: "agenda.removePhase", phaseId }, facilitator).decision)).toEqual(expected);
  });
});

function pulseAnswered(): WorkshopState {
  const alice = join(workshop(), "Alice", "t1", 1);
  const state = goto(alice.state, "check-in");
  const answered = must(state, { type: "pulse.answer", phaseId: "check-in", questionId: "they-understand", value: 3 }, participant(alice.id)).state;
  return goto(answered, "changes");
}

describe("agenda.movePhase", () => {
  it("moves a phase to the index asked for", () => {
    const { state } = must(workshop(), { type: "agenda.movePhase", phaseId: "carry-over", toIndex: 2 }, facilitator);
    expect(ids(state).slice(0, 4)).toEqual(["lobby", "check-in", "carry-over", "changes"]);
    expect(ids(state)).toHaveLength(11);
  });

  it("to where it already is changes nothing", () => {
    expect(verdict(run(workshop(), { type: "agenda.movePhase", phaseId: "changes", toIndex: 2 }, facilitator).decision)).toEqual(yes([]));
  });

  it.each<[string, CommandInput, ReturnType<typeof no>]>([
    ["the lobby", { type: "agenda.movePhase", phaseId: "lobby", toIndex: 3 }, no("conflict", /lobby stays first/)],
    ["past the end", { type: "agenda.movePhase", phaseId: "changes", toIndex: 11 }, no("invalid_input", /only 11 phases/)],
    ["a phase that is not there", { type: "agenda.movePhase", phaseId: "nowhere", toIndex: 2 }, no("not_found", /not on the agenda/)],
    ["a mirror before what it shows", { type: "agenda.movePhase", phaseId: "mirror", toIndex: 2 }, no("conflict", /must come after/)],
  ])("refused: %s", (_name, command, expected) => {
    expect(verdict(run(workshop(), command, facilitator).decision)).toEqual(expected);
  });

  it("the lobby's place cannot even be asked for", () => {
    expect(CommandSchema.safeParse({ type: "agenda.movePhase", phaseId: "changes", toIndex: 0 }).success).toBe(false);
  });
});

describe("agenda.updatePhase", () => {
  it("renames, rewrites the prompt and the time box", () => {
    const { state } = must(
      workshop(),
      { type: "agenda.updatePhase", phaseId: "changes", title: "What changes", prompt: "Go.", timeboxMinutes: null },
      facilitator,
    );
    expect(state.agenda[2]).toMatchObject({ id: "changes", kind: "cards", title: "What changes", prompt: "Go.", timeboxMinutes: null });
  });

  it("changes options, checked with the kind's schema", () => {
    const { state } = must(workshop(), { type: "agenda.updatePhase", phaseId: "brainstorm", options: { budget: 5 } }, facilitator);
    expect(state.agenda.find((p) => p.id === "brainstorm")?.options).toEqual({ budget: 5 });
  });

  it.each<[string, () => WorkshopState, CommandInput, ReturnType<typeof no>]>([
    ["options the kind does not take", workshop, { type: "agenda.updatePhase", phaseId: "brainstorm", options: { budget: "lots" } }, no("invalid_input", /options.budget/)],
    ["a mirror pointed at a cards phase", workshop, { type: "agenda.updatePhase", phaseId: "mirror", options: { sourcePhaseId: "changes" } }, no("conflict", /perspective phase/)],
    ["options of a phase people wrote in", scene, { type: "agenda.updatePhase", phaseId: "changes", options: { columns: [], private: true, anonymous: false } }, no("conflict", /settings stay/)],
    ["a phase that is not there", workshop, { type: "agenda.updatePhase", phaseId: "nowhere", title: "X" }, no("not_found", /not on the agenda/)],
  ])("refused: %s", (_name, state, command, expected) => {
    expect(verdict(run(state(), command, facilitator).decision)).toEqual(expected);
  });

  it("a phase people wrote in may still be renamed", () => {
    expect(verdict(run(scene(), { type: "agenda.updatePhase", phaseId: "changes", title: "Around us" }, facilitator).decision)).toEqual(
      yes(["agenda.phaseUpdated"]),
    );
  });
});

describe("team.add and team.rename", () => {
  it("adds a team with a fresh id, at the end", () => {
    const { state, id } = must(workshop(), { type: "team.add", name: "Legal" }, facilitator);
    expect(id).toMatch(/^team\d+$/);
    expect(state.teams.at(-1)).toEqual({ id, name: "Legal" });
  });

  it("never gives a new team the id of a removed one (a phone may still have it picked)", () => {
    const removed = must(workshop(), { type: "team.remove", teamId: "t3" }, facilitator).state;
    const { id } = must(removed, { type: "team.add", name: "Legal" }, facilitator);
    expect(id).not.toBe("t3");
    const again = must(must(removed, { type: "team.add", name: "Legal" }, facilitator).state, { type: "team.remove", teamId: id! }, facilitator).state;
    expect(must(again, { type: "team.add", name: "Audit" }, facilitator).id).not.toBe(id);
  });

  it("renames a team", () => {
    const { state } = must(workshop(), { type: "team.rename", teamId: "t2", name: "Information technology" }, facilitator);
    expect(state.teams.find((t) => t.id === "t2")?.name).toBe("Information technology");
  });

  it("renaming to its own name in other letters is allowed", () => {
    expect(verdict(run(workshop(), { type: "team.rename", teamId: "t2", name: "it" }, facilitator).decision)).toEqual(yes(["team.renamed"]));
  });

  function full(): WorkshopState {
    let state = workshop();
    for (let n = state.teams.length; n < 12; n++) state = must(state, { type: "team.add", name: `Team ${n}` }, facilitator).state;
    return state;
  }

  it.each<[string, () => WorkshopState, CommandInput, ReturnType<typeof no>]>([
    ["a name already used, in other letters", workshop, { type: "team.add", name: "sales" }, no("conflict", /already a team called "sales"/)],
    ["a thirteenth team", full, { type: "team.add", name: "Legal" }, no("conflict", /at most 12 teams/)],
    ["a rename onto another team's name", workshop, { type: "team.rename", teamId: "t1", name: "FINANCE" }, no("conflict", /already a team/)],
    ["renaming a team that is not there", workshop, { type: "team.rename", teamId: "t9", name: "Legal" }, no("not_found", /not part of this workshop/)],
  ])("refused: %s", (_name, state, command, expected) => {
    expect(verdict(run(state(), command, facilitator).decision)).toEqual(expected);
  });

  it("an empty or too long name is refused before it is decided", () => {
    expect(CommandSchema.safeParse({ type: "team.add", name: "" }).success).toBe(false);
    expect(CommandSchema.safeParse({ type: "team.add", name: "x".repeat(41) }).success).toBe(false);
  });
});

describe("projection: everyone sees the agenda change as it is", () => {
  it.each<[string, CommandInput]>([
    ["a phase added", addInfo()],
    ["a phase removed", { type: "agenda.removePhase", phaseId: "carry-over" }],
    ["a phase moved", { type: "agenda.movePhase", phaseId: "carry-over", toIndex: 2 }],
    ["a phase updated", { type: "agenda.updatePhase", phaseId: "changes", title: "Around us" }],
    ["a team added", { type: "team.add", name: "Legal" }],
    ["a team renamed", { type: "team.rename", teamId: "t1", name: "Sales & marketing" }],
  ])("%s", (_name, command) => {
    const { log } = play(join(workshop(), "Alice", "t1", 1).state, [[command, facilitator]]);
    const [{ stored, stateAfter }] = log as [(typeof log)[number]];
    for (const delivery of deliveries(stored, stateAfter)) expect(delivery.event).toEqual(stored);
  });
});

describe("agendaProblem", () => {
  it("the default agenda has none", () => {
    expect(agendaProblem(workshop().agenda)).toBeNull();
  });
  it("an agenda must start with the lobby", () => {
    expect(agendaProblem(workshop().agenda.slice(1))).toEqual({ reason: "lobbyFirst" });
  });
});
