import type { CommandInput, Participant, PhaseKind, PhaseOf, WorkshopState } from "@/lib/domain";
import type { PendingCommand } from "@/lib/client/outbox";
import type { ReactNode } from "react";

export type Send = (command: CommandInput) => void;

/** A phase on a participant's phone. */
export interface PhonePhaseProps<K extends PhaseKind> {
  code: string;
  state: WorkshopState;
  phase: PhaseOf<K>;
  me: Participant;
  pending: readonly PendingCommand[];
  send: Send;
}

/** A phase on the projector. */
export interface ScreenPhaseProps<K extends PhaseKind> {
  state: WorkshopState;
  phase: PhaseOf<K>;
}

/** A phase's tools and live output on the facilitator's console. */
export interface ConsolePhaseProps<K extends PhaseKind> {
  state: WorkshopState;
  phase: PhaseOf<K>;
  pending: readonly PendingCommand[];
  send: Send;
}

/**
 * The three views every phase kind provides. Function components: a view written for several
 * kinds (agreements and carry-over) serves each of them.
 */
export interface PhaseViews<K extends PhaseKind> {
  Phone: (props: PhonePhaseProps<K>) => ReactNode;
  Screen: (props: ScreenPhaseProps<K>) => ReactNode;
  Console: (props: ConsolePhaseProps<K>) => ReactNode;
}
