import { endorsementCount } from "../features/agreements/selectors";
import { beliefResults } from "../features/beliefs/results";
import { beliefsOf } from "../features/beliefs/select";
import { catchUpAgreementCounts, catchUpReport } from "../features/catchup/report";
import { rankingOf } from "../features/brainstorm/ranking";
import { progressToTarget } from "../features/followup/progress";
import { mirrors, strengthsWall } from "../features/perspective/selectors";
import { mean } from "../features/pulse/distribution";
import type { Agreement, Card, Distribution, WorkshopState } from "../model";
import type { PhaseOf } from "../phases";
import { viewFor } from "../projection";
import { teamName } from "../selectors";
import type { Report, ReportAgreement, ReportCard, ReportPulse, ReportShift } from "./types";

/** How many ideas the report lists from each brainstorm. */
export const TOP_IDEAS = 5;

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The report of a workshop. It is built from the room screen's view, so it can never hold more
 * than the room was shown: anonymous authors, hidden cards, unrevealed private cards and tallies
 * of a vote still open stay out, whoever asks.
 */
export function buildReport(serverState: WorkshopState): Report {
  const state = viewFor(serverState, { role: "screen" });
  const phases = <K extends "mirror" | "strengths" | "pulse" | "brainstorm">(kind: K) =>
    state.agenda.filter((p): p is PhaseOf<K> => p.kind === kind);
  const card = (c: Card): ReportCard => ({ text: c.text, team: teamName(state, c.teamId) });
  const sources = (kind: "mirror" | "strengths") => [...new Set(phases(kind).map((p) => p.options.sourcePhaseId))];

  return {
    workshop: {
      code: state.code,
      title: state.title,
      date: day(state.createdAt),
      endedAt: state.endedAt === null ? null : new Date(state.endedAt).toISOString(),
      teams: state.teams.map(({ id, name }) => ({ id, name })),
      participants: Object.values(state.participants).filter((p) => !p.removed).length,
    },
    // Catch-up input is counted apart from the room's, and only once a catch-up was opened.
    agreements: agreementsIn(state).map((a) => (serverState.catchup ? { ...a, caughtUp: catchUpAgreementCounts(serverState, a.id) } : a)),
    mirrors: sources("mirror").flatMap((source) =>
      mirrors(state, source).map((m) => ({
        team: m.team.name,
        others: { strengths: m.others.strengths.map(card), challenges: m.others.challenges.map(card) },
        self: { strengths: m.self.strengths.map(card), challenges: m.self.challenges.map(card) },
      })),
    ),
    beliefs: state.agenda
      .filter((p) => p.kind === "beliefs")
      .flatMap((p) => beliefsOf(state, p.id))
      .map((belief) => {
        const results = beliefResults(state, belief.id);
        return {
          text: belief.text,
          about: belief.aboutTeamId === null ? null : teamName(state, belief.aboutTeamId),
          cause: belief.cause,
          replies: belief.replies.map((r) => ({ text: r.text, team: teamName(state, r.teamId) })),
          totals: results.totals,
          byTeam: results.byTeam.map((t) => ({ team: t.team.name, counts: t.counts })),
        };
      }),
    strengths: sources("strengths")
      .flatMap((source) => strengthsWall(state, source))
      .filter((wall) => wall.cards.length > 0)
      .map((wall) => ({ team: wall.team.name, cards: wall.cards.map(card) })),
    pulse: pulseShifts(state, phases("pulse")),
    topIdeas: phases("brainstorm").flatMap((p) =>
      rankingOf(state, p.id)
        .ideas.slice(0, TOP_IDEAS)
        .map(({ card: c, dots }) => ({ ...card(c), dots })),
    ),
    ...(serverState.catchup ? { catchUp: catchUpReport(serverState) } : {}),
  };
}

/** Agreements first made, then carry-overs; each in the order it was made. */
function agreementsIn(state: WorkshopState): ReportAgreement[] {
  const order = (a: Agreement) => (a.kind === "agreement" ? 0 : 1);
  return Object.values(state.agreements)
    .sort((a, b) => order(a) - order(b) || a.seq - b.seq)
    .map((a) => ({
      id: a.id,
      kind: a.kind,
      what: a.what,
      ownerTeam: teamName(state, a.ownerTeamId),
      ownerName: a.ownerName,
      buddyTeam: a.buddyTeamId === null ? null : teamName(state, a.buddyTeamId),
      buddyName: a.buddyName,
      dueDate: a.dueDate,
      reviewDate: a.reviewDate,
      metric: a.metric,
      legalCheck: a.legalCheck,
      endorsements: endorsementCount(state, a),
      status: a.status,
      measured: a.measured,
      progress: progressToTarget(a.metric.baseline, a.metric.target, a.measured),
      history: a.progress.map((p) => ({ at: new Date(p.at).toISOString(), status: p.status, measured: p.measured, note: p.note })),
      carriedFrom: a.carriedFrom?.title ?? null,
    }));
}

function shiftOf(before: Distribution | null, after: Distribution): ReportShift {
  return { before, after, meanBefore: before ? mean(before) : null, meanAfter: mean(after) };
}

const NONE: Distribution = [0, 0, 0, 0, 0];
const sum = (all: Distribution[]): Distribution =>
  all.reduce<Distribution>((t, d) => [t[0] + d[0], t[1] + d[1], t[2] + d[2], t[3] + d[3], t[4] + d[4]], [...NONE]);

/**
 * Each check-out beside its check-in (a pulse without a pair stands alone), per question, overall
 * and per team. A pulse that is the check-in of another is shown with that one, not twice.
 */
function pulseShifts(state: WorkshopState, pulses: PhaseOf<"pulse">[]): ReportPulse[] {
  const paired = new Set(pulses.map((p) => p.options.pairedWith).filter((id): id is string => id !== null));
  return pulses
    .filter((p) => !paired.has(p.id))
    .map((phase) => {
      const earlier = state.agenda.find((p): p is PhaseOf<"pulse"> => p.id === phase.options.pairedWith && p.kind === "pulse");
      // A question is shared when it has the same id in both; nobody answering it is still a "before".
      const beforeOf = (questionId: string) =>
        earlier?.options.questions.some((q) => q.id === questionId) ? (state.pulseTallies[earlier.id]?.[questionId] ?? {}) : undefined;
      return {
        title: phase.title,
        questions: phase.options.questions.map((q) => {
          const after = state.pulseTallies[phase.id]?.[q.id] ?? {};
          const before = beforeOf(q.id);
          return {
            text: q.text,
            overall: shiftOf(before ? sum(Object.values(before)) : null, sum(Object.values(after))),
            teams: state.teams.map((t) => ({ team: t.name, ...shiftOf(before ? (before[t.id] ?? NONE) : null, after[t.id] ?? NONE) })),
          };
        }),
      };
    });
}
