import fc from "fast-check";
import { DEFAULT_AGENDA, type Actor, type CommandInput, type WorkshopState } from "@/lib/domain";
import { validAgreementFields } from "../../helpers/arbitraries";
import { facilitator, guest, participant, screen } from "../../helpers/domain";

/**
 * A small model of a workshop day for generating command sequences that mostly make sense: four
 * phones (guests 1–4, then the participants they became), the facilitator and the screen, the
 * default agenda and its three teams. A step is a handful of numbers; `interpret` turns it into
 * a command against the current state, picking things that exist (and sometimes things that do
 * not), so sequences reach every phase, vote, answer and agreement.
 */
export interface Step {
  op: number;
  who: number;
  a: number;
  b: number;
  c: number;
  text: string;
}

export const step: fc.Arbitrary<Step> = fc.record({
  op: fc.nat({ max: 1000 }),
  who: fc.nat({ max: 1000 }),
  a: fc.nat({ max: 1000 }),
  b: fc.nat({ max: 1000 }),
  c: fc.nat({ max: 1000 }),
  text: fc.oneof(fc.constantFrom("Faster quotes", "Ask IT first", "  padded  "), fc.string({ minLength: 1, maxLength: 30 })),
});

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

const PHASES = DEFAULT_AGENDA.map((p) => p.id);
const WRITING = DEFAULT_AGENDA.filter((p) => ["cards", "perspective", "brainstorm"].includes(p.kind)).map((p) => p.id);
const TEAMS = ["t1", "t2", "t3"];

/** Who sends a step's command: mostly the participants, then guests, the facilitator, the screen. */
function actorFor(state: WorkshopState, n: number): Actor {
  const people = Object.keys(state.participants);
  const roll = n % 10;
  if (roll < 5 && people.length > 0) return participant(pick(people, Math.floor(n / 10))!);
  if (roll < 7) return guest(1 + (Math.floor(n / 10) % 4));
  if (roll < 9) return facilitator;
  return screen;
}

/** Mostly the room's current phase: that is where input is taken. */
const phaseFor = (state: WorkshopState, n: number) => (n % 3 === 0 ? pick(PHASES, n)! : state.currentPhaseId);

/** The command of a step, sent as `actor`. */
export function interpret(state: WorkshopState, s: Step): { actor: Actor; command: CommandInput } {
  const cards = Object.keys(state.cards);
  const card = pick(cards, s.a) ?? "c1";
  const other = pick(cards, s.b) ?? "c2";
  const people = Object.keys(state.participants);
  const person = pick(people, s.a) ?? "p1";
  const belief = pick(Object.keys(state.beliefs), s.a) ?? "b1";
  const agreement = pick(Object.keys(state.agreements), s.a) ?? "a1";
  const group = pick(Object.keys(state.groups), s.b) ?? "g1";
  const team = pick(TEAMS, s.b)!;
  const phase = phaseFor(state, s.c);
  const writing = s.c % 4 === 0 ? pick(WRITING, s.c)! : state.currentPhaseId;
  const current = state.agenda.find((p) => p.id === state.currentPhaseId)!;
  const text = s.text;

  const joins: CommandInput[] = [{ type: "participant.join", name: text, teamId: team }];
  const writes: CommandInput[] = [
    { type: "card.add", phaseId: writing, text, column: pick([null, "strengths", "challenges"], s.a)!, aboutTeamId: pick([null, ...TEAMS], s.b)! },
    { type: "card.add", phaseId: writing, text, column: "strengths", aboutTeamId: state.assignments[writing]?.[person] ?? team },
    { type: "card.edit", cardId: card, text },
    { type: "card.delete", cardId: card },
    { type: "card.react", cardId: card, reaction: pick([null, "recognised", "surprised"] as const, s.b)! },
    { type: "participant.done", phaseId: phase, done: s.b % 2 === 0 },
  ];
  const byKind: Partial<Record<string, CommandInput[]>> = {
    cards: writes,
    perspective: writes,
    mirror: [{ type: "card.react", cardId: card, reaction: pick([null, "recognised", "surprised"] as const, s.b)! }],
    brainstorm: [
      { type: "card.add", phaseId: "brainstorm", text },
      { type: "card.add", phaseId: "brainstorm", text },
      { type: "group.create", phaseId: "brainstorm", title: text },
      { type: "group.rename", groupId: group, title: text },
      { type: "card.group", cardId: card, groupId: s.c % 3 === 0 ? null : group },
      { type: "dot.add", phaseId: "brainstorm", cardId: card },
      { type: "dot.add", phaseId: "brainstorm", cardId: other },
      { type: "dot.add", phaseId: "brainstorm", cardId: card },
      { type: "dot.remove", phaseId: "brainstorm", cardId: card },
    ],
    pulse: [{ type: "pulse.answer", phaseId: current.id, questionId: pick(["they-understand", "i-understand"], s.b)!, value: 1 + (s.a % 5) }],
    beliefs: [
      { type: "belief.add", phaseId: "beliefs", aboutTeamId: pick([null, ...TEAMS], s.b)!, cause: "unexplained", text },
      { type: "belief.reply", beliefId: belief, text },
      { type: "belief.vote", beliefId: belief, vote: pick(["agree", "partly", "disagree"] as const, s.b)! },
    ],
    agreements: [
      { type: "agreement.endorse", agreementId: agreement, endorsed: s.b % 2 === 0 },
      { type: "dot.add", phaseId: "brainstorm", cardId: card },
    ],
    "carry-over": [{ type: "agreement.endorse", agreementId: agreement, endorsed: s.b % 2 === 0 }],
  };
  const controls: CommandInput[] = [
    // Forward through the day more often than anywhere else.
    { type: "phase.goto", phaseId: PHASES[Math.min(PHASES.length - 1, PHASES.indexOf(state.currentPhaseId) + 1)]! },
    { type: "phase.goto", phaseId: PHASES[Math.min(PHASES.length - 1, PHASES.indexOf(state.currentPhaseId) + 1)]! },
    // Straight to where the votes and agreements are, as a facilitator short of time does.
    { type: "phase.goto", phaseId: pick(["brainstorm", "agreements", "beliefs", ...PHASES], s.a)! },
    { type: "card.setHidden", cardId: card, hidden: s.b % 2 === 0 },
    { type: "card.merge", cardId: card, intoCardId: other },
    { type: "card.edit", cardId: card, text },
    { type: "group.create", phaseId: "brainstorm", title: text },
    { type: "card.group", cardId: card, groupId: group },
    { type: "vote.close", phaseId: "brainstorm" },
    { type: "belief.setHidden", beliefId: belief, hidden: s.b % 2 === 0 },
    { type: "agreement.create", phaseId: pick(["agreements", "carry-over"], s.b)!, fromCardId: s.c % 2 === 0 ? null : card, fields: validAgreementFields(team, s.c % 4 === 0 ? null : pick(TEAMS, s.b + 1)!) },
    { type: "agreement.create", phaseId: "agreements", fromCardId: null, fields: validAgreementFields(team, pick(TEAMS, s.b + 1)!) },
    { type: "agreement.update", agreementId: agreement, fields: validAgreementFields(team, null) },
    { type: "agreement.delete", agreementId: agreement },
    { type: "agreement.progress", agreementId: agreement, status: pick(["not-started", "on-track", "at-risk", "done"] as const, s.b)!, measured: text },
    { type: "participant.move", participantId: person, teamId: team },
    // Removing is rare: most of a day is spent with everyone in.
    ...(s.c % 5 === 0 ? [{ type: "participant.remove" as const, participantId: person }] : []),
    { type: "phase.lock", phaseId: phase, locked: s.b % 3 === 0 },
    { type: "phase.reveal", phaseId: phase },
    { type: "timer.start", minutes: s.b % 2 === 0 ? undefined : 1 + (s.b % 30) },
    { type: "timer.pause" },
    { type: "timer.extend", minutes: 1 + (s.b % 5) },
    { type: "timer.reset" },
    { type: "spotlight.set", ref: s.b % 4 === 0 ? null : { kind: pick(["card", "belief", "agreement"] as const, s.b)!, id: pick([card, belief, agreement], s.b)! } },
    { type: "mirror.show", phaseId: "mirror", teamId: team },
    // The end is rarer still: after it, every command is refused.
    ...(s.c % 97 === 0 ? [{ type: "workshop.end" as const }] : []),
  ];

  // A quarter of the steps are the facilitator's, some are phones joining, most are input to the
  // phase the room is in, and a few are anything at all by anyone (most of those are refused).
  const family = s.op % 20;
  if (family < 5) return { actor: facilitator, command: pick(controls, s.op)! };
  if (family < 7 || people.length === 0) return { actor: guest(1 + (s.who % 5)), command: joins[0]! };
  const everything = [...joins, ...writes, ...Object.values(byKind).flat(), ...controls] as CommandInput[];
  if (family < 18) return { actor: actorFor(state, s.who * 10), command: pick(byKind[current.kind] ?? writes, Math.floor(s.op / 20))! };
  return { actor: actorFor(state, s.who), command: pick(everything, s.op)! };
}
