import type { WorkshopState } from "../../model";
import { stepsOf } from "./steps";
import { isOpen } from "./steps";

export interface CatchUpTeamProgress {
  teamId: string;
  /** How many links were made for the team. */
  links: number;
  /** People of the team in the room: how many could have been there is not known to Onside. */
  inTheRoom: number;
  joined: number;
  started: number;
  finished: number;
}

export interface CatchUpSummary {
  open: boolean;
  deadline: number;
  closedAt: number | null;
  phaseIds: string[];
  teams: CatchUpTeamProgress[];
  /** Concerns per agreement: the name is shown, as an "I'm in" in the room is. */
  concerns: { agreementId: string; name: string; teamId: string; text: string }[];
  endorsements: Record<string, number>;
}

/** What the facilitator (and an agreement's owner, for its concerns) sees of the catch-up. */
export function catchUpSummary(state: WorkshopState, now: number): CatchUpSummary | null {
  const catchUp = state.catchup;
  if (!catchUp) return null;
  const steps = stepsOf(state, catchUp).map((p) => p.id);
  const people = Object.values(catchUp.participants).sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id));
  const concerns: CatchUpSummary["concerns"] = [];
  const endorsements: Record<string, number> = {};
  for (const p of people) {
    for (const { input } of Object.values(p.steps)) {
      if (input.kind !== "agreements") continue;
      for (const [agreementId, r] of Object.entries(input.responses)) {
        if (r.answer === "concern") concerns.push({ agreementId, name: p.name, teamId: p.teamId, text: r.text });
        else endorsements[agreementId] = (endorsements[agreementId] ?? 0) + 1;
      }
    }
  }
  return {
    open: isOpen(catchUp, now),
    deadline: catchUp.deadline,
    closedAt: catchUp.closedAt,
    phaseIds: catchUp.phaseIds,
    teams: state.teams.map((t) => {
      const mine = people.filter((p) => p.teamId === t.id);
      return {
        teamId: t.id,
        links: Object.values(catchUp.invites).filter((id) => id === t.id).length,
        inTheRoom: Object.values(state.participants).filter((p) => p.teamId === t.id && !p.removed).length,
        joined: mine.length,
        started: mine.filter((p) => Object.keys(p.steps).length > 0).length,
        finished: mine.filter((p) => steps.every((id) => p.steps[id])).length,
      };
    }),
    concerns,
    endorsements,
  };
}
