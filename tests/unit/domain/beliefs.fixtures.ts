import type { CommandInput, WorkshopState } from "@/lib/domain";
import { after, alice, bob, goto, joinedThree, must } from "./fixtures";

/** Set-up shared by the beliefs ("Us and them") tests. */

export { alice, bob, cleo } from "./fixtures";

/** Alice p2 (Sales), Bob p3 (IT) and Cleo p4 (Finance) in "Us and them" [5]. Next id suffix: 6. */
export function inBeliefs(): WorkshopState {
  return goto(joinedThree(), "beliefs");
}

/** Alice posted b6 about IT; Bob posted b7 about everyone. Next id suffix: 8. */
export function posted(): WorkshopState {
  let s = inBeliefs();
  s = must(s, { type: "belief.add", phaseId: "beliefs", aboutTeamId: "t2", cause: "unexplained", text: "IT always causes the delay" }, alice).state;
  return must(s, { type: "belief.add", phaseId: "beliefs", aboutTeamId: null, cause: "other", text: "Nobody reads the wiki" }, bob).state;
}

export const hidden = after(posted, { type: "belief.setHidden", beliefId: "b6", hidden: true });
export const locked = after(posted, { type: "phase.lock", phaseId: "beliefs", locked: true });
export const ended = after(posted, { type: "workshop.end" });
export const bobRemoved = after(posted, { type: "participant.remove", participantId: "p3" });
export const aliceAgrees = after(posted, { type: "belief.vote", beliefId: "b6", vote: "agree" }, alice);
export const spotlit = after(posted, { type: "spotlight.set", ref: { kind: "belief", id: "b6" } });

export const add = (aboutTeamId: string | null, phaseId = "beliefs"): CommandInput => ({ type: "belief.add", phaseId, aboutTeamId, cause: "not-consulted", text: "They decide without us" });
export const reply = (beliefId: string): CommandInput => ({ type: "belief.reply", beliefId, text: "We were told by the auditor at short notice" });
export const vote = (beliefId: string, v: "agree" | "partly" | "disagree"): CommandInput => ({ type: "belief.vote", beliefId, vote: v });
export const hide = (beliefId: string, on: boolean): CommandInput => ({ type: "belief.setHidden", beliefId, hidden: on });
