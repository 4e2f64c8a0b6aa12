import { describe, expect, it } from "vitest";
import { CommandSchema, CreateWorkshopSchema, LIMITS } from "@/lib/domain";

const chars = (n: number, c = "x") => c.repeat(n);
const HUGE = chars(1_000_000);

/** The first issue's message, or null when the input parsed. */
function firstMessage(result: { success: boolean; error?: { issues: { message: string }[] } }): string | null {
  return result.success ? null : (result.error?.issues[0]?.message ?? "");
}

describe("CommandSchema accepts well-formed commands", () => {
  it.each<[string, unknown]>([
    ["join", { type: "participant.join", name: "Alice", teamId: "t1" }],
    ["card.add", { type: "card.add", phaseId: "changes", text: "Hello" }],
    ["card.add with exactly 500 characters", { type: "card.add", phaseId: "changes", text: chars(500) }],
    ["card.edit", { type: "card.edit", cardId: "c5", text: "Changed" }],
    ["card.delete", { type: "card.delete", cardId: "c5" }],
    ["card.setHidden true", { type: "card.setHidden", cardId: "c5", hidden: true }],
    ["card.setHidden false", { type: "card.setHidden", cardId: "c5", hidden: false }],
    ["phase.goto", { type: "phase.goto", phaseId: "carry-over" }],
    ["an id with _ and -", { type: "card.delete", cardId: "A-z_09" }],
    ["a 64-character id", { type: "card.delete", cardId: chars(LIMITS.id, "a") }],
    ["a 60-character name", { type: "participant.join", name: chars(60), teamId: "t1" }],
    ["unicode text", { type: "card.add", phaseId: "changes", text: "Änderung 🚀 — 変化" }],
    ["card.add into a column, about a team", { type: "card.add", phaseId: "shoes", text: "x", column: "strengths", aboutTeamId: "t2" }],
    ["card.merge", { type: "card.merge", cardId: "c6", intoCardId: "c5" }],
    ["card.react", { type: "card.react", cardId: "c5", reaction: "surprised" }],
    ["card.react taken back", { type: "card.react", cardId: "c5", reaction: null }],
    ["participant.move", { type: "participant.move", participantId: "p2", teamId: "t3" }],
    ["participant.remove", { type: "participant.remove", participantId: "p2" }],
    ["participant.done", { type: "participant.done", phaseId: "changes", done: false }],
    ["phase.lock", { type: "phase.lock", phaseId: "changes", locked: true }],
    ["phase.reveal", { type: "phase.reveal", phaseId: "shoes" }],
    ["timer.start from the timebox", { type: "timer.start" }],
    ["timer.start for 240 minutes", { type: "timer.start", minutes: 240 }],
    ["timer.extend by 30 minutes", { type: "timer.extend", minutes: 30 }],
    ["spotlight.set cleared", { type: "spotlight.set", ref: null }],
    ["mirror.show", { type: "mirror.show", phaseId: "mirror", teamId: "t1" }],
    ["workshop.end", { type: "workshop.end" }],
  ])("%s", (_name, input) => {
    expect(CommandSchema.safeParse(input).success).toBe(true);
  });

  it("trims text and names", () => {
    expect(CommandSchema.parse({ type: "card.add", phaseId: "changes", text: "  hi \n" })).toEqual({
      type: "card.add",
      phaseId: "changes",
      text: "hi",
      column: null,
      aboutTeamId: null,
    });
    expect(CommandSchema.parse({ type: "participant.join", name: "\tAlice ", teamId: "t1" })).toMatchObject({
      name: "Alice",
    });
  });

  it("500 characters plus surrounding whitespace still fits", () => {
    const result = CommandSchema.safeParse({ type: "card.add", phaseId: "changes", text: `  ${chars(500)}  ` });
    expect(result.success && result.data.type === "card.add" && result.data.text.length).toBe(500);
  });

  it("drops unknown keys, however large", () => {
    const result = CommandSchema.safeParse({ type: "card.delete", cardId: "c5", extra: HUGE, actor: "facilitator" });
    expect(result.success && result.data).toEqual({ type: "card.delete", cardId: "c5" });
  });
});

/** What a person is told, as the server words it: the first issue, with the field it is about. */
function told(input: unknown): string | null {
  const result = CommandSchema.safeParse(input);
  if (result.success) return null;
  const first = result.error.issues[0];
  return first ? `${first.path.join(".") || "input"}: ${first.message}` : "";
}

const ID_RULE = "may hold only letters, digits, - and _";
const FIELDS = {
  what: "Serve faster",
  ownerTeamId: "t1",
  ownerName: "Alice",
  buddyTeamId: "t2",
  buddyName: "Bob",
  dueDate: "2030-01-31",
  reviewDate: "2030-03-01",
  metric: { name: "Days to answer", baseline: "5", target: "2" },
  legalCheck: { needed: false, note: "" },
};
const { dueDate: _due, ...withoutDueDate } = FIELDS;

describe("CommandSchema refuses bad input, saying which field and why", () => {
  it.each<[string, unknown, string | RegExp]>([
    // participants
    ["a join without a name", { type: "participant.join", name: "", teamId: "t1" }, "name: must not be empty"],
    ["a join with a 61-character name", { type: "participant.join", name: chars(61), teamId: "t1" }, "name: must be at most 60 characters"],
    ["a join with a megabyte name", { type: "participant.join", name: HUGE, teamId: "t1" }, "name: must be at most 60 characters"],
    ["a join with markup as the team", { type: "participant.join", name: "A", teamId: "<script>" }, `teamId: ${ID_RULE}`],
    ["a join with a team list", { type: "participant.join", name: "A", teamId: ["t1"] }, /^teamId: Invalid input: expected string/],
    ["a move without a team", { type: "participant.move", participantId: "p2" }, /^teamId: Invalid input: expected string, received undefined/],
    ["done as a word", { type: "participant.done", phaseId: "lobby", done: "yes" }, /^done: Invalid input: expected boolean/],
    // controls
    ["a phase id with a dot", { type: "phase.goto", phaseId: "a.b" }, `phaseId: ${ID_RULE}`],
    ["a lock without locked", { type: "phase.lock", phaseId: "changes" }, /^locked: Invalid input: expected boolean/],
    ["a timer of 0 minutes", { type: "timer.start", minutes: 0 }, /^minutes: Too small: expected number to be >=1/],
    ["a timer of 241 minutes", { type: "timer.start", minutes: 241 }, /^minutes: Too big: expected number to be <=240/],
    ["a timer of 2.5 minutes", { type: "timer.start", minutes: 2.5 }, /^minutes: Invalid input: expected int/],
    ["a timer of \"5\" minutes", { type: "timer.start", minutes: "5" }, /^minutes: Invalid input: expected number, received string/],
    ["an extension of 31 minutes", { type: "timer.extend", minutes: 31 }, /^minutes: Too big: expected number to be <=30/],
    ["an extension without minutes", { type: "timer.extend" }, /^minutes: Invalid input: expected number/],
    ["a spotlight on a person", { type: "spotlight.set", ref: { kind: "person", id: "p2" } }, /^ref\.kind: Invalid option/],
    ["a spotlight with a bad id", { type: "spotlight.set", ref: { kind: "card", id: "c 5" } }, `ref.id: ${ID_RULE}`],
    ["a spotlight without a ref", { type: "spotlight.set" }, /^ref: Invalid input/],
    ["a mirror without a team", { type: "mirror.show", phaseId: "mirror" }, /^teamId: Invalid input/],
    // cards
    ["empty card text", { type: "card.add", phaseId: "changes", text: "" }, "text: must not be empty"],
    ["whitespace-only card text", { type: "card.add", phaseId: "changes", text: " \t\n " }, "text: must not be empty"],
    ["501-character card text", { type: "card.add", phaseId: "changes", text: chars(501) }, "text: must be at most 500 characters"],
    ["a megabyte of card text", { type: "card.add", phaseId: "changes", text: HUGE }, "text: must be at most 500 characters"],
    ["card text as a number", { type: "card.add", phaseId: "changes", text: 42 }, /^text: Invalid input: expected string, received number/],
    ["a column with a space", { type: "card.add", phaseId: "changes", text: "x", column: "my column" }, `column: ${ID_RULE}`],
    ["a team about with a slash", { type: "card.add", phaseId: "shoes", text: "x", aboutTeamId: "../t1" }, `aboutTeamId: ${ID_RULE}`],
    ["an empty edit", { type: "card.edit", cardId: "c5", text: "   " }, "text: must not be empty"],
    ["a megabyte card id", { type: "card.edit", cardId: HUGE, text: "x" }, /^cardId: /],
    ["hidden as a string", { type: "card.setHidden", cardId: "c5", hidden: "true" }, /^hidden: Invalid input: expected boolean/],
    ["a merge without a target", { type: "card.merge", cardId: "c5" }, /^intoCardId: Invalid input/],
    ["a reaction that does not exist", { type: "card.react", cardId: "c5", reaction: "love" }, /^reaction: Invalid option: expected one of "recognised"\|"surprised"/],
    ["a reaction left out", { type: "card.react", cardId: "c5" }, /^reaction: Invalid/],
    // pulse
    ["a pulse answer of 0", { type: "pulse.answer", phaseId: "check-in", questionId: "q1", value: 0 }, /^value: Too small: expected number to be >=1/],
    ["a pulse answer of 6", { type: "pulse.answer", phaseId: "check-in", questionId: "q1", value: 6 }, /^value: Too big: expected number to be <=5/],
    ["a pulse answer of 2.5", { type: "pulse.answer", phaseId: "check-in", questionId: "q1", value: 2.5 }, /^value: Invalid input: expected int/],
    ["a pulse answer as text", { type: "pulse.answer", phaseId: "check-in", questionId: "q1", value: "3" }, /^value: Invalid input: expected number/],
    ["a pulse question with a bad id", { type: "pulse.answer", phaseId: "check-in", questionId: "q 1", value: 3 }, `questionId: ${ID_RULE}`],
    // beliefs
    ["a belief with an unknown cause", { type: "belief.add", phaseId: "beliefs", aboutTeamId: "t1", cause: "lazy", text: "x" }, /^cause: Invalid option/],
    ["an empty belief", { type: "belief.add", phaseId: "beliefs", aboutTeamId: null, cause: "other", text: "" }, /^text: must not be empty/],
    ["a belief over the limit", { type: "belief.add", phaseId: "beliefs", aboutTeamId: null, cause: "other", text: chars(LIMITS.beliefText + 1) }, `text: must be at most ${LIMITS.beliefText} characters`],
    ["a belief vote of yes", { type: "belief.vote", beliefId: "b1", vote: "yes" }, /^vote: Invalid option: expected one of "agree"\|"partly"\|"disagree"/],
    ["an empty reply", { type: "belief.reply", beliefId: "b1", text: "" }, /^text: must not be empty/],
    // brainstorm: a dot without a budget to check still needs real ids
    ["a dot on a card id with a space", { type: "dot.add", phaseId: "brainstorm", cardId: "c 1" }, `cardId: ${ID_RULE}`],
    ["a dot on an empty card id", { type: "dot.add", phaseId: "brainstorm", cardId: "" }, /^cardId: /],
    ["a dot taken back without a phase", { type: "dot.remove", cardId: "c1" }, /^phaseId: Invalid input/],
    ["a group without a title", { type: "group.create", phaseId: "brainstorm", title: " " }, /^title: must not be empty/],
    ["a vote closed on a bad phase id", { type: "vote.close", phaseId: "brain storm" }, `phaseId: ${ID_RULE}`],
    // agreements: the form is filled in front of the room
    ["an agreement with no fields", { type: "agreement.create", phaseId: "agreements", fields: {} }, /^fields\.what: What we will do is missing/],
    ["an agreement without a due date", { type: "agreement.create", phaseId: "agreements", fields: withoutDueDate }, /^fields\.dueDate: The due date is missing/],
    ["an agreement due on 30 February", { type: "agreement.create", phaseId: "agreements", fields: { ...FIELDS, dueDate: "2030-02-30" } }, /^fields\.dueDate: The due date is not a real date/],
    ["an agreement without a metric target", { type: "agreement.create", phaseId: "agreements", fields: { ...FIELDS, metric: { ...FIELDS.metric, target: "" } } }, /^fields\.metric\.target: The target is missing/],
    ["an agreement without fields", { type: "agreement.create", phaseId: "agreements" }, /^fields: /],
    ["an endorsement without a yes or no", { type: "agreement.endorse", agreementId: "a1" }, /^endorsed: Invalid input: expected boolean/],
    // the command itself
    ["an unknown type", { type: "card.burn", cardId: "c5" }, /^type: Invalid discriminator value/],
    ["a type in another case", { type: "Card.Delete", cardId: "c5" }, /^type: Invalid discriminator value/],
    ["no type", { cardId: "c5" }, /^type: Invalid discriminator value/],
    ["workshop.create, which is not a socket command", { type: "workshop.create", title: "T", teams: ["A", "B"] }, /^type: /],
    ["a string", "card.add", /^input: Invalid input: expected object, received string/],
    ["null", null, /^input: Invalid input: expected object, received null/],
    ["an array", [{ type: "card.delete", cardId: "c5" }], /^input: Invalid input: expected object, received array/],
  ])("%s", (_name, input, expected) => {
    const message = told(input);
    expect(message).not.toBeNull();
    if (typeof expected === "string") expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });

  it.each<[string, unknown]>([
    ["an agreement", { type: "agreement.create", phaseId: "agreements", fields: FIELDS }],
    ["a pulse answer of 1", { type: "pulse.answer", phaseId: "check-in", questionId: "q1", value: 1 }],
    ["a pulse answer of 5", { type: "pulse.answer", phaseId: "check-in", questionId: "q1", value: 5 }],
    ["a dot", { type: "dot.add", phaseId: "brainstorm", cardId: "c1" }],
    ["a belief about everyone", { type: "belief.add", phaseId: "beliefs", aboutTeamId: null, cause: "not-consulted", text: "x" }],
  ])("while the well-formed neighbour passes: %s", (_name, input) => {
    expect(told(input)).toBeNull();
  });
});

describe("CreateWorkshopSchema", () => {
  const teams = (n: number) => Array.from({ length: n }, (_, i) => `Team ${i + 1}`);

  it.each<[string, unknown]>([
    ["three teams", { title: "Day", teams: ["Sales", "IT", "Finance"] }],
    ["the minimum of 2 teams", { title: "Day", teams: teams(LIMITS.teams.min) }],
    ["the maximum of 12 teams", { title: "Day", teams: teams(LIMITS.teams.max) }],
    ["a 120-character title", { title: chars(120), teams: ["A", "B"] }],
    ["a 40-character team name", { title: "Day", teams: [chars(40), "B"] }],
  ])("accepts %s", (_name, input) => {
    expect(CreateWorkshopSchema.safeParse(input).success).toBe(true);
  });

  it("trims the title and team names", () => {
    expect(CreateWorkshopSchema.parse({ title: " Day ", teams: [" Sales", "IT "] })).toEqual({
      title: "Day",
      teams: ["Sales", "IT"],
    });
  });

  it.each<[string, unknown, string | null]>([
    ["too few teams", { title: "Day", teams: ["Sales"] }, "needs at least 2 teams"],
    ["no teams", { title: "Day", teams: [] }, "needs at least 2 teams"],
    ["too many teams", { title: "Day", teams: teams(13) }, "takes at most 12 teams"],
    ["duplicate teams", { title: "Day", teams: ["Sales", "IT", "Sales"] }, "team names must differ"],
    ["duplicate teams in another case", { title: "Day", teams: ["Sales", "IT", "SALES"] }, "team names must differ"],
    ["duplicate teams once trimmed", { title: "Day", teams: ["Sales", " sales "] }, "team names must differ"],
    ["an empty team name", { title: "Day", teams: ["Sales", ""] }, "must not be empty"],
    ["a whitespace team name", { title: "Day", teams: ["Sales", "   "] }, "must not be empty"],
    ["a 41-character team name", { title: "Day", teams: ["Sales", chars(41)] }, "must be at most 40 characters"],
    ["an empty title", { title: "", teams: ["A", "B"] }, "must not be empty"],
    ["a whitespace title", { title: "  ", teams: ["A", "B"] }, "must not be empty"],
    ["a 121-character title", { title: chars(121), teams: ["A", "B"] }, "must be at most 120 characters"],
    ["a megabyte title", { title: HUGE, teams: ["A", "B"] }, "must be at most 120 characters"],
    ["a megabyte team name", { title: "Day", teams: ["A", HUGE] }, "must be at most 40 characters"],
    ["no title", { teams: ["A", "B"] }, null],
    ["no teams field", { title: "Day" }, null],
    ["teams as a string", { title: "Day", teams: "Sales,IT" }, null],
    ["a team that is a number", { title: "Day", teams: ["Sales", 7] }, null],
    ["a title that is a number", { title: 7, teams: ["A", "B"] }, null],
    ["null", null, null],
  ])("refuses %s", (_name, input, message) => {
    const result = CreateWorkshopSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (message !== null) expect(firstMessage(result)).toBe(message);
  });
});
