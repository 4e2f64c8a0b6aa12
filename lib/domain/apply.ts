import type { DomainEvent, EventType, SeqEvent } from "./events";
import { NEW_CONTROL, type ApplyMeta, type Appliers } from "./feature";
import { agendaAppliers } from "./features/agenda/apply";
import { agreementAppliers } from "./features/agreements/apply";
import { beliefAppliers } from "./features/beliefs/apply";
import { brainstormAppliers } from "./features/brainstorm/apply";
import { cardAppliers } from "./features/cards/apply";
import { catchUpAppliers } from "./features/catchup/apply";
import { cofacilitatorAppliers } from "./features/cofacilitators/apply";
import { followUpAppliers } from "./features/followup/apply";
import { controlAppliers } from "./features/controls/apply";
import { participantAppliers } from "./features/participants/apply";
import { perspectiveAppliers } from "./features/perspective/apply";
import { pulseAppliers } from "./features/pulse/apply";
import { languageAppliers } from "./features/language/apply";
import type { WorkshopState } from "./model";
import { owning } from "./records";

const APPLIERS: Appliers<Exclude<EventType, "workshop.created" | "redacted">> = {
  ...participantAppliers,
  ...controlAppliers,
  ...cardAppliers,
  ...perspectiveAppliers,
  ...brainstormAppliers,
  ...pulseAppliers,
  ...beliefAppliers,
  ...agreementAppliers,
  ...cofacilitatorAppliers,
  ...followUpAppliers,
  ...agendaAppliers,
  ...catchUpAppliers,
  ...languageAppliers,
};

/**
 * Folds one event into the state. Pure and total over the events a client may receive (redacted
 * ones included), so the server and every client run the very same code.
 */
export function apply(state: WorkshopState | null, { seq, at, event }: SeqEvent): WorkshopState {
  if (event.type === "workshop.created") return created(event, seq, at);
  if (!state) throw new Error(`Event ${seq} (${event.type}) arrived before the workshop was created`);
  const next: WorkshopState = { ...state, seq };
  if (event.type === "redacted") return next;
  const rule = APPLIERS[event.type] as (s: WorkshopState, e: DomainEvent, m: ApplyMeta) => WorkshopState;
  return rule(next, event, { seq, at });
}

function created(event: Extract<DomainEvent, { type: "workshop.created" }>, seq: number, at: number): WorkshopState {
  return {
    code: event.code,
    title: event.title,
    language: event.language ?? "en",
    createdAt: at,
    seq,
    teams: event.teams,
    agenda: event.agenda,
    currentPhaseId: event.agenda[0]!.id,
    controls: Object.fromEntries(event.agenda.map((p) => [p.id, NEW_CONTROL])),
    timer: null,
    spotlight: null,
    endedAt: null,
    participants: {},
    cards: {},
    groups: {},
    assignments: {},
    reactions: {},
    beliefs: {},
    beliefBallots: {},
    beliefTallies: {},
    dots: {},
    dotTallies: {},
    pulseAnswers: {},
    pulseTallies: {},
    agreements: {},
    secrets: event.facilitatorTokenHash
      ? {
          facilitatorTokenHash: event.facilitatorTokenHash,
          coFacilitatorTokenHashes: [],
          participantByTokenHash: {},
          shareTokenHashes: [],
          editLinks: {},
        }
      : null,
  };
}

export function fold(events: readonly SeqEvent[], from: WorkshopState | null = null): WorkshopState {
  // Its in-between states are dropped: the records it copies may be written in place.
  const state = owning(() => events.reduce<WorkshopState | null>(apply, from));
  if (!state) throw new Error("An event log must start with workshop.created");
  return state;
}
