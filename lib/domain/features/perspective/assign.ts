import type { DomainEvent } from "../../events";
import type { WorkshopState } from "../../model";
import { phaseIndex } from "../../selectors";
import { Balance, type Writer } from "./balance";

/**
 * Who writes as which team in a perspective phase: every participant gets a team other than
 * their own, so that, in this order of importance,
 *   1. as many teams as possible are written about (teams nobody from is present included),
 *   2. every team is seen by people from as many other teams as possible,
 *   3. the number of writers per team is as even as possible.
 * Assignments already made are kept: someone may already be writing. Deterministic (same people,
 * same teams, same existing assignments → same result), so it can be tested and replayed.
 * With a single team in the workshop nobody gets an assignment: there is no other team to be.
 */
export function assignTeams(
  participants: readonly Writer[],
  teamIds: readonly string[],
  existing: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const balance = new Balance(teamIds);
  for (const p of participants) {
    const target = existing[p.id];
    if (target !== undefined) balance.add(p.teamId, target);
  }
  const todo = participants
    .filter((p) => !(p.id in existing) && teamIds.some((t) => t !== p.teamId))
    .sort(bigTeamsFirst(participants, teamIds));
  const fresh = new Map<string, string>();
  for (const p of todo) {
    const target = balance.best(p.teamId);
    fresh.set(p.id, target);
    balance.add(p.teamId, target);
  }
  improve(fresh, todo, teamIds, balance);
  return { ...existing, ...Object.fromEntries(fresh) };
}

/**
 * People of the biggest teams choose first: their own team can only be covered by the others, so
 * the smaller teams' people, choosing last, fill it.
 */
function bigTeamsFirst(participants: readonly Writer[], teamIds: readonly string[]) {
  const size = new Map<string, number>();
  for (const p of participants) size.set(p.teamId, (size.get(p.teamId) ?? 0) + 1);
  return (a: Writer, b: Writer) =>
    (size.get(b.teamId) ?? 0) - (size.get(a.teamId) ?? 0) ||
    teamIds.indexOf(a.teamId) - teamIds.indexOf(b.teamId) ||
    a.id.localeCompare(b.id, "en", { numeric: true });
}

/**
 * Moves, swaps and chains of fresh assignments while one makes the result better. Writers from
 * one home team writing as one team are interchangeable, so it works on those groups (at most
 * teams²), not on people: fast for a room of 500, and deterministic.
 */
function improve(fresh: Map<string, string>, todo: readonly Writer[], teamIds: readonly string[], balance: Balance): void {
  const groups = new Map<string, string[]>();
  const key = (home: string, target: string) => `${home}\u0000${target}`;
  for (const p of todo) {
    const k = key(p.teamId, fresh.get(p.id)!);
    groups.set(k, [...(groups.get(k) ?? []), p.id]);
  }
  const shift = (home: string, from: string, to: string) => {
    const id = groups.get(key(home, from))!.pop()!;
    groups.set(key(home, to), [...(groups.get(key(home, to)) ?? []), id]);
    fresh.set(id, to);
    balance.move(home, from, to);
  };
  const homes = [...new Set(todo.map((p) => p.teamId))];
  // Every step strictly improves a bounded score, so this ends; the cap only guards the bound.
  for (let step = 0; step < todo.length + teamIds.length ** 2; step++) {
    const filled = homes.flatMap((home) =>
      teamIds.filter((t) => (groups.get(key(home, t))?.length ?? 0) > 0).map((t) => [home, t] as const),
    );
    const steps = bestStep(filled, teamIds, balance);
    if (!steps) return;
    for (const [home, from, to] of steps) shift(home, from, to);
  }
}

type Step = readonly [home: string, from: string, to: string];

/** The first change that makes the result better: one move, else a swap, else a chain of two. */
function bestStep(filled: readonly (readonly [string, string])[], teamIds: readonly string[], balance: Balance): Step[] | null {
  for (const [home, from] of filled) {
    const to = balance.betterMove(home, from);
    if (to !== null) return [[home, from, to]];
  }
  for (const [hp, a] of filled) {
    for (const [hq, b] of filled) {
      if (balance.swapHelps(hp, a, hq, b)) return [[hp, a, b], [hq, b, a]];
    }
  }
  for (const [hp, a] of filled) {
    for (const [hq, b] of filled) {
      for (const c of teamIds) {
        if (balance.chainHelps(hp, a, hq, b, c)) return [[hq, b, c], [hp, a, b]];
      }
    }
  }
  return null;
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

/** Perspective phases the room has opened or passed: they may still take cards. */
function reachedPerspectives(state: WorkshopState) {
  const current = phaseIndex(state, state.currentPhaseId);
  return state.agenda.filter((p) => p.kind === "perspective" && phaseIndex(state, p.id) <= current);
}

/**
 * A late joiner gets a team in every perspective phase the room has reached (it may still take
 * their cards), also when the phase opened before anyone had joined.
 */
export function assignLateJoiner(state: WorkshopState, participantId: string, teamId: string): DomainEvent[] {
  return reachedPerspectives(state).flatMap((phase) => placeOne(state, phase.id, { id: participantId, teamId }, state.assignments[phase.id] ?? {}));
}

/**
 * Someone moved to another team may now be assigned their own new team: in every perspective
 * phase the room has reached, they get a fresh one (others keep theirs). Meant to be appended to
 * the events of `participant.move`.
 */
export function assignAfterMove(state: WorkshopState, participantId: string, teamId: string): DomainEvent[] {
  return reachedPerspectives(state).flatMap((phase) => {
    const { [participantId]: mine, ...others } = state.assignments[phase.id] ?? {};
    if (mine !== undefined && mine !== teamId) return [];
    return placeOne(state, phase.id, { id: participantId, teamId }, others);
  });
}

/** One more writer beside those already writing, who keep their teams. */
function placeOne(state: WorkshopState, phaseId: string, writer: Writer, existing: Readonly<Record<string, string>>): DomainEvent[] {
  const writers = Object.values(state.participants).filter((p) => !p.removed && p.id in existing);
  const target = assignTeams([...writers, writer], state.teams.map((t) => t.id), existing)[writer.id];
  return target ? [{ type: "perspective.assigned", phaseId, assignments: { [writer.id]: target } }] : [];
}
