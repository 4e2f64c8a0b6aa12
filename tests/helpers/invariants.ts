import type { WorkshopState } from "@/lib/domain";
import { budgetOf, dotsUsed } from "@/lib/domain/features/brainstorm/dots";

/**
 * What must hold of the server's state after any sequence of commands, whatever was refused on
 * the way. Returns what does not hold, as sentences (an empty list is a healthy workshop).
 */
export function violations(state: WorkshopState): string[] {
  const out: string[] = [];
  const teams = new Set(state.teams.map((t) => t.id));
  const phases = new Set(state.agenda.map((p) => p.id));
  const own = <T extends object>(record: T, key: string) => Object.hasOwn(record, key);

  if (!phases.has(state.currentPhaseId)) out.push(`the room is in phase ${state.currentPhaseId}, which is not on the agenda`);

  for (const p of Object.values(state.participants)) {
    if (!teams.has(p.teamId)) out.push(`participant ${p.id} is in team ${p.teamId}, which does not exist`);
  }

  for (const card of Object.values(state.cards)) {
    if (!teams.has(card.teamId)) out.push(`card ${card.id} has team ${card.teamId}, which does not exist`);
    if (!phases.has(card.phaseId)) out.push(`card ${card.id} is in phase ${card.phaseId}, which is not on the agenda`);
    if (card.authorId !== null && !own(state.participants, card.authorId)) out.push(`card ${card.id} names an author who never joined`);
    if (card.mergedInto !== null && !own(state.cards, card.mergedInto)) out.push(`card ${card.id} was merged into a card that does not exist`);
    if (card.groupId !== null && !own(state.groups, card.groupId)) out.push(`card ${card.id} is in a group that does not exist`);
  }

  // A dot budget is never exceeded, by anyone, in any brainstorm.
  for (const phase of state.agenda.filter((p) => p.kind === "brainstorm")) {
    for (const participantId of Object.keys(state.dots[phase.id] ?? {})) {
      const used = dotsUsed(state, phase.id, participantId);
      if (used > budgetOf(phase)) out.push(`${participantId} has ${used} dots in ${phase.id}, over the budget of ${budgetOf(phase)}`);
    }
    for (const [cardId, n] of Object.entries(state.dotTallies[phase.id] ?? {})) {
      if (!(Number.isInteger(n) && n >= 0)) out.push(`idea ${cardId} has a tally of ${n}`);
    }
  }

  // Pulse tallies: never negative, and exactly the answers counted per team they were given for.
  for (const [phaseId, byQuestion] of Object.entries(state.pulseTallies)) {
    for (const [questionId, byTeam] of Object.entries(byQuestion)) {
      for (const [teamId, distribution] of Object.entries(byTeam)) {
        distribution.forEach((n, i) => {
          const answers = Object.values(state.pulseAnswers[phaseId] ?? {}).filter((a) => a[questionId]?.teamId === teamId && a[questionId]?.value === i + 1);
          if (n < 0) out.push(`pulse ${phaseId}/${questionId} team ${teamId} counts ${n} answers of ${i + 1}`);
          else if (n !== answers.length) out.push(`pulse ${phaseId}/${questionId} team ${teamId} counts ${n} answers of ${i + 1}, ${answers.length} were given`);
        });
      }
    }
  }

  // Belief tallies likewise, from the ballots.
  for (const [beliefId, byTeam] of Object.entries(state.beliefTallies)) {
    for (const [teamId, counts] of Object.entries(byTeam)) {
      for (const [vote, n] of Object.entries(counts)) {
        const ballots = Object.values(state.beliefBallots[beliefId] ?? {}).filter((b) => b.teamId === teamId && b.value === vote);
        if (n < 0 || n !== ballots.length) out.push(`belief ${beliefId} team ${teamId} counts ${n} × ${vote}, ${ballots.length} were cast`);
      }
    }
  }

  for (const agreement of Object.values(state.agreements)) {
    if (!teams.has(agreement.ownerTeamId)) out.push(`agreement ${agreement.id} is owned by team ${agreement.ownerTeamId}, which does not exist`);
    if (agreement.buddyTeamId !== null && !teams.has(agreement.buddyTeamId)) out.push(`agreement ${agreement.id} has a buddy team that does not exist`);
    for (const p of agreement.endorsedBy) if (!own(state.participants, p)) out.push(`agreement ${agreement.id} is endorsed by ${p}, who never joined`);
  }

  if (state.spotlight) {
    const pool = state.spotlight.kind === "card" ? state.cards : state.spotlight.kind === "belief" ? state.beliefs : state.agreements;
    if (!own(pool, state.spotlight.id)) out.push(`the spotlight is on ${state.spotlight.kind} ${state.spotlight.id}, which does not exist`);
  }
  return out;
}
