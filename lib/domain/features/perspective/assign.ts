import type { DomainEvent } from "../../events";
import type { WorkshopState } from "../../model";

/**
 * Who writes as which team in a perspective phase: every participant gets a team other than
 * their own, balanced so every team is seen by people from as many other teams as possible.
 * Deterministic (same people, same teams → same assignment), so it can be tested and replayed.
 */
export function assignTeams(
  participants: readonly { id: string; teamId: string }[],
  teamIds: readonly string[],
  existing: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const result: Record<string, string> = { ...existing };
  // How often each team is written about, and by people from which teams.
  const load = new Map<string, number>(teamIds.map((t) => [t, 0]));
  const seenBy = new Map<string, Set<string>>(teamIds.map((t) => [t, new Set()]));
  const home = new Map(participants.map((p) => [p.id, p.teamId]));
  for (const [pid, target] of Object.entries(result)) {
    load.set(target, (load.get(target) ?? 0) + 1);
    seenBy.get(target)?.add(home.get(pid) ?? "");
  }
  const todo = participants.filter((p) => !(p.id in result)).sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
  for (const p of todo) {
    const candidates = teamIds.filter((t) => t !== p.teamId);
    if (candidates.length === 0) continue;
    // Prefer a team not yet seen by anyone from p's team, then the least written-about team,
    // then agenda order: deterministic and balanced.
    const best = [...candidates].sort((a, b) => {
      const newA = seenBy.get(a)?.has(p.teamId) ? 1 : 0;
      const newB = seenBy.get(b)?.has(p.teamId) ? 1 : 0;
      if (newA !== newB) return newA - newB;
      const loadDiff = (load.get(a) ?? 0) - (load.get(b) ?? 0);
      if (loadDiff !== 0) return loadDiff;
      return teamIds.indexOf(a) - teamIds.indexOf(b);
    })[0]!;
    result[p.id] = best;
    load.set(best, (load.get(best) ?? 0) + 1);
    seenBy.get(best)?.add(p.teamId);
  }
  return result;
}

/** The assignment event for everyone present when a perspective phase opens. */
export function assignOnOpen(state: WorkshopState, phaseId: string): DomainEvent[] {
  const phase = state.agenda.find((p) => p.id === phaseId);
  if (phase?.kind !== "perspective") return [];
  const people = Object.values(state.participants).filter((p) => !p.removed);
  const existing = state.assignments[phaseId] ?? {};
  const assignments = assignTeams(people, state.teams.map((t) => t.id), existing);
  const fresh = Object.fromEntries(Object.entries(assignments).filter(([pid]) => !(pid in existing)));
  return Object.keys(fresh).length > 0 ? [{ type: "perspective.assigned", phaseId, assignments: fresh }] : [];
}

/** A late joiner gets a team in every perspective phase the room has already opened. */
export function assignLateJoiner(state: WorkshopState, participantId: string, teamId: string): DomainEvent[] {
  return Object.keys(state.assignments).flatMap((phaseId) => {
    const people = [
      ...Object.values(state.participants).filter((p) => !p.removed),
      { id: participantId, teamId },
    ];
    const assignments = assignTeams(people, state.teams.map((t) => t.id), state.assignments[phaseId]);
    const mine = assignments[participantId];
    return mine ? [{ type: "perspective.assigned" as const, phaseId, assignments: { [participantId]: mine } }] : [];
  });
}
