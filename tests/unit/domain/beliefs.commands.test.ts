import { describe, expect, it } from "vitest";
import { CommandSchema, type Actor, type CommandInput, type WorkshopState } from "@/lib/domain";
import { facilitator, goto, guest, no, run, screen, verdict, yes } from "../../helpers/domain";
import { add, alice, aliceAgrees, bob, bobRemoved, cleo, ended, hidden, hide, inBeliefs, locked, posted, reply, spotlit, vote } from "./beliefs.fixtures";

describe("belief commands", () => {
  const cases: [name: string, state: () => WorkshopState, command: CommandInput, actor: Actor, expected: ReturnType<typeof yes> | ReturnType<typeof no>][] = [
    // belief.add: anonymous, about a team of the workshop or about everyone.
    ["a participant posts a belief about a team", inBeliefs, add("t2"), alice, yes(["belief.added"], "b6")],
    ["about everyone", inBeliefs, add(null), alice, yes(["belief.added"], "b6")],
    ["about their own team", inBeliefs, add("t1"), alice, yes(["belief.added"], "b6")],
    ["about a team the workshop does not have", inBeliefs, add("t9"), alice, no("not_found", /team is not part of this workshop/)],
    ["the facilitator does not post beliefs", inBeliefs, add("t2"), facilitator, no("forbidden", /Join the workshop/)],
    ["the screen does not post beliefs", inBeliefs, add("t2"), screen, no("forbidden", /Join the workshop/)],
    ["a guest does not post beliefs", inBeliefs, add("t2"), guest(9), no("forbidden", /Join the workshop/)],
    ["a removed participant does not post beliefs", bobRemoved, add("t1"), bob, no("forbidden", /removed you/)],
    ["not before the room reaches the phase", () => goto(inBeliefs(), "mirror"), add("t2"), alice, no("closed", /not started yet/)],
    ["not into a phase of another kind", inBeliefs, add("t2", "changes"), alice, no("not_found", /does not take this kind of input/)],
    ["not while the phase is locked", locked, add("t2"), alice, no("closed", /locked/)],
    ["not once the workshop has ended", ended, add("t2"), alice, no("closed", /ended/)],
    ["a late belief still lands once the room has moved on", () => goto(posted(), "strengths"), add("t2"), alice, yes(["belief.added"], "b9")],

    // belief.reply: the team concerned says what is behind it.
    ["a member of the team concerned replies", posted, reply("b6"), bob, yes(["belief.replied"], "r8")],
    ["someone from another team cannot reply for them", posted, reply("b6"), alice, no("forbidden", /Only members of IT/)],
    ["anyone replies to a belief about everyone", posted, reply("b7"), cleo, yes(["belief.replied"], "r8")],
    ["the facilitator does not reply (a reply speaks for a team)", posted, reply("b7"), facilitator, no("forbidden", /Join the workshop/)],
    ["the screen does not reply", posted, reply("b7"), screen, no("forbidden", /Join the workshop/)],
    ["a reply to a belief that does not exist", posted, reply("b99"), bob, no("not_found", /does not exist/)],
    ["a reply to a hidden belief", hidden, reply("b6"), bob, no("not_found", /does not exist/)],
    ["no reply while the phase is locked", locked, reply("b6"), bob, no("closed", /locked/)],
    ["no reply once the workshop has ended", ended, reply("b6"), bob, no("closed", /ended/)],
    ["a removed participant does not reply", bobRemoved, reply("b6"), bob, no("forbidden", /removed you/)],

    // belief.vote: one vote per person, changeable.
    ["a participant votes", posted, vote("b6", "agree"), alice, yes(["belief.voted"], "b6")],
    ["the same vote again changes nothing", aliceAgrees, vote("b6", "agree"), alice, yes([], "b6")],
    ["changing one's vote", aliceAgrees, vote("b6", "disagree"), alice, yes(["belief.voted"], "b6")],
    ["the team concerned votes too", posted, vote("b6", "disagree"), bob, yes(["belief.voted"], "b6")],
    ["the facilitator does not vote", posted, vote("b6", "agree"), facilitator, no("forbidden", /Join the workshop/)],
    ["the screen does not vote", posted, vote("b6", "agree"), screen, no("forbidden", /Join the workshop/)],
    ["a vote on a belief that does not exist", posted, vote("b99", "agree"), alice, no("not_found", /does not exist/)],
    ["a vote on a hidden belief", hidden, vote("b6", "agree"), alice, no("not_found", /does not exist/)],
    ["no vote while the phase is locked", locked, vote("b6", "agree"), alice, no("closed", /locked/)],
    ["no vote once the workshop has ended", ended, vote("b6", "agree"), alice, no("closed", /ended/)],

    // belief.setHidden: the facilitator moderates.
    ["the facilitator hides a belief", posted, hide("b6", true), facilitator, yes(["belief.hidden"], "b6")],
    ["hiding the spotlit belief takes it off the screen", spotlit, hide("b6", true), facilitator, yes(["belief.hidden", "spotlight.changed"], "b6")],
    ["the facilitator unhides it", hidden, hide("b6", false), facilitator, yes(["belief.unhidden"], "b6")],
    ["hiding a hidden belief changes nothing", hidden, hide("b6", true), facilitator, yes([], "b6")],
    ["unhiding a visible belief changes nothing", posted, hide("b6", false), facilitator, yes([], "b6")],
    ["hiding a belief that does not exist", posted, hide("b99", true), facilitator, no("not_found", /does not exist/)],
    ["a participant cannot hide a belief", posted, hide("b6", true), bob, no("forbidden", /Only the facilitator/)],
    ["the author cannot hide it either", posted, hide("b6", true), alice, no("forbidden", /Only the facilitator/)],
    ["the screen cannot hide a belief", posted, hide("b6", true), screen, no("forbidden", /Only the facilitator/)],
  ];

  it.each(cases)("%s", (_name, state, command, actor, expected) => {
    expect(verdict(run(state(), command, actor).decision)).toEqual(expected);
  });

  it.each<[string, Record<string, unknown>]>([
    ["an empty text", { text: "   " }],
    ["a text over 300 characters", { text: "x".repeat(301) }],
    ["an unknown cause", { cause: "laziness" }],
    ["no team field at all", { aboutTeamId: undefined }],
  ])("refuses a belief with %s before it reaches the rules", (_name, patch) => {
    expect(CommandSchema.safeParse({ ...add("t2"), ...patch }).success).toBe(false);
  });

  it.each<[string, CommandInput]>([
    ["a vote that is not agree, partly or disagree", { type: "belief.vote", beliefId: "b6", vote: "maybe" } as unknown as CommandInput],
    ["an empty reply", { type: "belief.reply", beliefId: "b6", text: "" }],
    ["a reply over 500 characters", { type: "belief.reply", beliefId: "b6", text: "x".repeat(501) }],
  ])("refuses %s", (_name, command) => {
    expect(CommandSchema.safeParse(command).success).toBe(false);
  });
});
