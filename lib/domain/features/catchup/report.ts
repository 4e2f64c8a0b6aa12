import type { BeliefCause, BeliefVote, WorkshopState } from "../../model";
import type { CatchUpParticipant } from "./model";

/** What the catch-up adds to the report: kept apart from the room's, and marked as catch-up. */
export interface ReportCatchUp {
  /** People who were in the room, and people who caught up afterwards (sent at least one step). */
  inTheRoom: number;
  caughtUp: number;
  /** Their cards about each team, by the team written about: no names, like the room's mirror. */
  cards: { about: string; writerTeam: string; column: string; text: string }[];
  /** Their anonymous beliefs. */
  beliefs: { text: string; about: string | null; cause: BeliefCause }[];
  /** Their votes on the room's beliefs, by the belief's text. */
  votes: { belief: string; totals: Record<BeliefVote, number> }[];
  /** Their pulse answers per question (1-5), as the room's are shown: a mean and how many answered. */
  pulse: { phase: string; question: string; mean: number; answers: number }[];
}

/** Per agreement: how many caught-up colleagues are in, how many raised a concern. */
export interface CatchUpAgreementCounts {
  imIn: number;
  concerns: number;
}

const name = (state: WorkshopState, id: string | null) => state.teams.find((t) => t.id === id)?.name ?? "";
const started = (p: CatchUpParticipant) => Object.keys(p.steps).length > 0;
const inputs = (state: WorkshopState) =>
  Object.values(state.catchup?.participants ?? {})
    .sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id))
    .flatMap((p) => Object.values(p.steps).map(({ input }) => ({ p, input })));

/** Built from the server's state (the catch-up is in no client's view); names no one. */
export function catchUpReport(state: WorkshopState): ReportCatchUp | null {
  if (!state.catchup) return null;
  const all = inputs(state);
  const votes = new Map<string, Record<BeliefVote, number>>();
  for (const { input } of all) {
    if (input.kind !== "beliefs") continue;
    for (const [id, vote] of Object.entries(input.votes)) {
      const totals = votes.get(id) ?? { agree: 0, partly: 0, disagree: 0 };
      totals[vote] += 1;
      votes.set(id, totals);
    }
  }
  return {
    pulse: pulseMeans(state),
    inTheRoom: Object.values(state.participants).filter((p) => !p.removed).length,
    caughtUp: Object.values(state.catchup.participants).filter(started).length,
    cards: all.flatMap(({ p, input }) =>
      input.kind === "perspective"
        ? input.cards.map((c) => ({ about: name(state, c.about === "own" ? p.teamId : p.writesAsTeamId), writerTeam: name(state, p.teamId), column: c.column, text: c.text }))
        : [],
    ),
    beliefs: all.flatMap(({ input }) =>
      input.kind === "beliefs" && input.belief ? [{ text: input.belief.text, about: input.belief.aboutTeamId ? name(state, input.belief.aboutTeamId) : null, cause: input.belief.cause }] : [],
    ),
    votes: [...votes].filter(([id]) => state.beliefs[id] && !state.beliefs[id].hidden).map(([id, totals]) => ({ belief: state.beliefs[id]!.text, totals })),
  };
}

/** Per pulse phase (check-in and check-out ask the same questions) and question, in the agenda's order. */
function pulseMeans(state: WorkshopState): ReportCatchUp["pulse"] {
  const people = Object.values(state.catchup?.participants ?? {});
  return state.agenda.flatMap((phase) => {
    if (phase.kind !== "pulse") return [];
    const answered = people.flatMap((p) => {
      const input = p.steps[phase.id]?.input;
      return input?.kind === "pulse" ? [input.answers] : [];
    });
    return phase.options.questions.flatMap((q) => {
      const values = answered.flatMap((answers) => (answers[q.id] === undefined ? [] : [answers[q.id]!]));
      if (values.length === 0) return [];
      return [{ phase: phase.title, question: q.text, mean: values.reduce((a, b) => a + b, 0) / values.length, answers: values.length }];
    });
  });
}

export function catchUpAgreementCounts(state: WorkshopState, agreementId: string): CatchUpAgreementCounts {
  const counts = { imIn: 0, concerns: 0 };
  for (const { input } of inputs(state)) {
    const r = input.kind === "agreements" ? input.responses[agreementId] : undefined;
    if (r?.answer === "in") counts.imIn += 1;
    if (r?.answer === "concern") counts.concerns += 1;
  }
  return counts;
}
