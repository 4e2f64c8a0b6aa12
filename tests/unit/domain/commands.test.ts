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
  ])("%s", (_name, input) => {
    expect(CommandSchema.safeParse(input).success).toBe(true);
  });

  it("trims text and names", () => {
    expect(CommandSchema.parse({ type: "card.add", phaseId: "changes", text: "  hi \n" })).toEqual({
      type: "card.add",
      phaseId: "changes",
      text: "hi",
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

describe("CommandSchema refuses bad input", () => {
  it.each<[string, unknown, string | null]>([
    // text
    ["empty card text", { type: "card.add", phaseId: "changes", text: "" }, "must not be empty"],
    ["whitespace-only card text", { type: "card.add", phaseId: "changes", text: " \t\n " }, "must not be empty"],
    ["501-character card text", { type: "card.add", phaseId: "changes", text: chars(501) }, "must be at most 500 characters"],
    ["501-character edit", { type: "card.edit", cardId: "c5", text: chars(501) }, "must be at most 500 characters"],
    ["whitespace-only edit", { type: "card.edit", cardId: "c5", text: "   " }, "must not be empty"],
    ["a megabyte of card text", { type: "card.add", phaseId: "changes", text: HUGE }, "must be at most 500 characters"],
    ["empty name", { type: "participant.join", name: "", teamId: "t1" }, "must not be empty"],
    ["whitespace-only name", { type: "participant.join", name: "   ", teamId: "t1" }, "must not be empty"],
    ["61-character name", { type: "participant.join", name: chars(61), teamId: "t1" }, "must be at most 60 characters"],
    ["a megabyte of name", { type: "participant.join", name: HUGE, teamId: "t1" }, "must be at most 60 characters"],
    // ids
    ["an id with a space", { type: "card.delete", cardId: "c 5" }, "may hold only letters, digits, - and _"],
    ["an id with a slash", { type: "card.delete", cardId: "../c5" }, "may hold only letters, digits, - and _"],
    ["an id with a dot", { type: "phase.goto", phaseId: "a.b" }, "may hold only letters, digits, - and _"],
    ["an id with a non-ASCII letter", { type: "phase.goto", phaseId: "é" }, "may hold only letters, digits, - and _"],
    ["an id with markup", { type: "participant.join", name: "A", teamId: "<script>" }, "may hold only letters, digits, - and _"],
    ["an empty id", { type: "card.delete", cardId: "" }, null],
    ["a 65-character id", { type: "card.delete", cardId: chars(65, "a") }, null],
    ["a megabyte id", { type: "card.edit", cardId: HUGE, text: "x" }, null],
    // type
    ["unknown type", { type: "card.burn", cardId: "c5" }, null],
    ["no type", { cardId: "c5" }, null],
    ["workshop.create is not a socket command", { type: "workshop.create", title: "T", teams: ["A", "B"] }, null],
    ["type in another case", { type: "Card.Delete", cardId: "c5" }, null],
    // wrong types
    ["text is a number", { type: "card.add", phaseId: "changes", text: 42 }, null],
    ["text is null", { type: "card.edit", cardId: "c5", text: null }, null],
    ["hidden is a string", { type: "card.setHidden", cardId: "c5", hidden: "true" }, null],
    ["hidden is 1", { type: "card.setHidden", cardId: "c5", hidden: 1 }, null],
    ["cardId is a number", { type: "card.delete", cardId: 5 }, null],
    ["teamId is an array", { type: "participant.join", name: "A", teamId: ["t1"] }, null],
    ["name is an object", { type: "participant.join", name: { first: "A" }, teamId: "t1" }, null],
    ["the command is a string", "card.add", null],
    ["the command is null", null, null],
    ["the command is an array", [{ type: "card.delete", cardId: "c5" }], null],
    // missing fields
    ["join without a name", { type: "participant.join", teamId: "t1" }, null],
    ["join without a team", { type: "participant.join", name: "A" }, null],
    ["card.add without text", { type: "card.add", phaseId: "changes" }, null],
    ["card.add without a phase", { type: "card.add", text: "x" }, null],
    ["card.edit without text", { type: "card.edit", cardId: "c5" }, null],
    ["card.delete without a card", { type: "card.delete" }, null],
    ["card.setHidden without hidden", { type: "card.setHidden", cardId: "c5" }, null],
    ["phase.goto without a phase", { type: "phase.goto" }, null],
  ])("%s", (_name, input, message) => {
    const result = CommandSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (message !== null) expect(firstMessage(result)).toBe(message);
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
