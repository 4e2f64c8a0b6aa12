import type { StepInput } from "./schemas";

/** Someone who was not in the room, going through the kept phases on their own phone. */
export interface CatchUpParticipant {
  id: string;
  name: string;
  teamId: string;
  writesAsTeamId: string | null;
  joinedAt: number;
  /** phaseId → what they submitted, and when. One submission per step. */
  steps: Record<string, { input: StepInput; at: number }>;
}

/**
 * The catch-up of a workshop. It lives on the server only: no socket copy of the workshop holds
 * it (the facilitator asks for a summary over HTTP; a catch-up participant for their own view).
 */
export interface CatchUp {
  deadline: number;
  closedAt: number | null;
  /** The kept phases, in the room's order. */
  phaseIds: string[];
  /** Invite hash → team. */
  invites: Record<string, string>;
  /** Participant token hash → catch-up participant id. */
  tokens: Record<string, string>;
  participants: Record<string, CatchUpParticipant>;
}
