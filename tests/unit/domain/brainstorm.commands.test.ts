import { describe, expect, it } from "vitest";
import { CommandSchema, type Actor, type CommandInput, type WorkshopState } from "@/lib/domain";
import { MAX_GROUPS } from "@/lib/domain/features/brainstorm/decide";
import { facilitator, goto, guest, must, no, run, screen, verdict, yes } from "../../helpers/domain";
import {
  add,
  after,
  alice,
  aliceOnC8,
  aliceSpent,
  bob,
  c7Hidden,
  cleo,
  close,
  closed,
  closeVote,
  create,
  dot,
  ended,
  grouped,
  locked,
  move,
  remove,
  rename,
  twoBrainstorms,
  withBudget,
  withIdeas,
} from "./brainstorm.fixtures";

describe("brainstorm commands", () => {
  const cases: [name: string, state: () => WorkshopState, command: CommandInput, actor: Actor, expected: ReturnType<typeof yes> | ReturnType<typeof no>][] = [
    // group.create: anyone in the workshop groups similar ideas.
    ["a participant makes a group", withIdeas, create("Speed"), alice, yes(["group.created"], "g9")],
    ["the facilitator makes a group", withIdeas, create("Speed"), facilitator, yes(["group.created"], "g9")],
    ["a group named like one that exists is that group", grouped, create("  speed "), bob, yes([], "g9")],
    ["the screen makes no groups", withIdeas, create("Speed"), screen, no("forbidden", /Join the workshop/)],
    ["a guest makes no groups", withIdeas, create("Speed"), guest(9), no("forbidden", /Join the workshop/)],
    ["not in a phase of another kind", withIdeas, create("Speed", "changes"), alice, no("not_found", /does not take this kind of input/)],
    ["the facilitator neither", withIdeas, create("Speed", "changes"), facilitator, no("not_found", /no ideas to group/)],
    ["a participant not while the phase is locked", locked, create("Trust"), alice, no("closed", /locked/)],
    ["the facilitator regroups while it is locked", locked, create("Trust"), facilitator, yes(["group.created"], "g12")],
    ["nobody once the workshop has ended", ended, create("Trust"), facilitator, no("closed", /ended/)],
    ["not before the room reaches the phase", () => goto(withIdeas(), "strengths"), create("Trust"), alice, no("closed", /not started yet/)],
    [
      `not more than ${MAX_GROUPS} groups`,
      () => Array.from({ length: MAX_GROUPS }, (_, i) => create(`G${i}`)).reduce((s, c) => must(s, c, alice).state, withIdeas()),
      create("One more"),
      bob,
      no("conflict", /already 40 groups/),
    ],

    // group.rename
    ["a participant renames a group", grouped, rename("g9", "Faster answers"), bob, yes(["group.renamed"], "g9")],
    ["the same name changes nothing", grouped, rename("g9", "Speed"), bob, yes([], "g9")],
    ["a name another group has", after(grouped, create("Trust")), rename("g9", "trust"), bob, no("conflict", /already a group called "trust"/)],
    ["a group that does not exist", grouped, rename("g99", "X"), bob, no("not_found", /group does not exist/)],
    ["the screen renames nothing", grouped, rename("g9", "X"), screen, no("forbidden", /Join the workshop/)],
    ["not while locked", locked, rename("g9", "X"), bob, no("closed", /locked/)],

    // card.group: "Move to group" and drag-and-drop.
    ["a participant moves an idea into a group", grouped, move("c7", "g9"), bob, yes(["card.grouped"], "c7")],
    ["someone else's idea too", grouped, move("c8", "g9"), bob, yes(["card.grouped"], "c8")],
    ["the facilitator moves an idea", grouped, move("c7", "g9"), facilitator, yes(["card.grouped"], "c7")],
    ["out of its group", grouped, move("c6", null), cleo, yes(["card.grouped"], "c6")],
    ["into the group it is in changes nothing", grouped, move("c6", "g9"), cleo, yes([], "c6")],
    ["into a group of another brainstorm", twoBrainstorms, move("c7", "g20"), bob, no("invalid_input", /group of its own brainstorm/)],
    ["into a group that does not exist", grouped, move("c7", "g99"), bob, no("not_found", /group does not exist/)],
    ["an idea that does not exist", grouped, move("c99", "g9"), bob, no("not_found", /idea does not exist/)],
    ["a hidden idea, for a participant", c7Hidden, move("c7", "g9"), bob, no("not_found", /idea does not exist/)],
    ["a hidden idea, for the facilitator", c7Hidden, move("c7", "g9"), facilitator, yes(["card.grouped"], "c7")],
    ["a card that is not an idea", () => must(goto(grouped(), "changes"), { type: "card.add", phaseId: "changes", text: "x" }, bob).state, move("c12", null), bob, no("not_found", /does not take this kind of input/)],
    ["the screen moves nothing", grouped, move("c7", "g9"), screen, no("forbidden", /Join the workshop/)],
    ["not while locked", locked, move("c7", "g9"), bob, no("closed", /locked/)],

    // dot.add: a budget per person, enforced here.
    ["a participant gives an idea a vote", grouped, add("c7"), alice, yes(["dot.added"], "c7")],
    ["several votes on one idea", after(grouped, add("c7"), alice), add("c7"), alice, yes(["dot.added"], "c7")],
    ["one's own idea too", grouped, add("c6"), alice, yes(["dot.added"], "c6")],
    ["no vote left", aliceSpent, add("c6"), alice, no("conflict", /used all 3 of your votes/)],
    ["someone else still has theirs", aliceSpent, add("c6"), bob, yes(["dot.added"], "c6")],
    ["a budget of one", withBudget(1), add("c6"), alice, yes(["dot.added"], "c6")],
    ["a budget of one, used", () => dot("c7", alice, withBudget(1)()), add("c6"), alice, no("conflict", /used all 1 of your votes/)],
    ["a vote on a hidden idea comes back to its voter", () => must(aliceSpent(), { type: "card.setHidden", cardId: "c8", hidden: true }, facilitator).state, add("c6"), alice, yes(["dot.added"], "c6")],
    ["an idea that does not exist", grouped, add("c99"), alice, no("not_found", /not in this vote/)],
    ["a hidden idea", c7Hidden, add("c7"), alice, no("not_found", /not in this vote/)],
    ["a vote in a brainstorm the room has not reached", twoBrainstorms, add("c7", "brainstorm-2"), alice, no("closed", /not started yet/)],
    ["the facilitator does not vote", grouped, add("c7"), facilitator, no("forbidden", /Join the workshop/)],
    ["the screen does not vote", grouped, add("c7"), screen, no("forbidden", /Join the workshop/)],
    ["not while the phase is locked", locked, add("c7"), alice, no("closed", /locked/)],
    ["not once the vote is closed", closed, add("c7"), alice, no("closed", /vote is closed/)],
    ["not once the workshop has ended", ended, add("c7"), alice, no("closed", /ended/)],

    // dot.remove
    ["taking a vote back", aliceOnC8, remove("c8"), alice, yes(["dot.removed"], "c8")],
    ["taking back a vote one never gave changes nothing", aliceOnC8, remove("c7"), alice, yes([], "c7")],
    ["nor can one take back someone else's", aliceOnC8, remove("c8"), bob, yes([], "c8")],
    ["not once the vote is closed", () => close(aliceOnC8()), remove("c8"), alice, no("closed", /vote is closed/)],
    ["the facilitator takes back nobody's votes", aliceOnC8, remove("c8"), facilitator, no("forbidden", /Join the workshop/)],

    // vote.close
    ["the facilitator closes the vote", grouped, closeVote(), facilitator, yes(["vote.closed"])],
    ["closing it twice changes nothing", closed, closeVote(), facilitator, yes([])],
    ["a participant cannot close it", grouped, closeVote(), alice, no("forbidden", /Only the facilitator/)],
    ["the screen cannot close it", grouped, closeVote(), screen, no("forbidden", /Only the facilitator/)],
    ["a phase without a vote", grouped, closeVote("changes"), facilitator, no("not_found", /no vote to close/)],
    ["not once the workshop has ended", ended, closeVote(), facilitator, no("closed", /ended/)],
  ];

  it.each(cases)("%s", (_name, state, command, actor, expected) => {
    expect(verdict(run(state(), command, actor).decision)).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ["a group without a title", { type: "group.create", phaseId: "brainstorm", title: "  " }],
    ["a group title over 40 characters", { type: "group.create", phaseId: "brainstorm", title: "x".repeat(41) }],
    ["a vote without an idea", { type: "dot.add", phaseId: "brainstorm" }],
    ["a move without a group field", { type: "card.group", cardId: "c6" }],
  ])("refuses %s before it reaches the rules", (_name, command) => {
    expect(CommandSchema.safeParse(command).success).toBe(false);
  });
});
