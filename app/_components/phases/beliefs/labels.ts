import { teamName, type BeliefCause, type BeliefVote, type WorkshopState } from "@/lib/domain";

/** The likely causes a belief is tagged with, as the workshop names them. */
export const CAUSES: readonly { id: BeliefCause; label: string; hint: string }[] = [
  { id: "unexplained", label: "Change not explained", hint: "Something changed and nobody said why." },
  { id: "not-consulted", label: "Not consulted on impact", hint: "Decided without asking what it means for us." },
  { id: "expertise-unused", label: "Expertise not used", hint: "What we know was not asked for." },
  { id: "other", label: "Other", hint: "Something else is behind it." },
];

export const VOTES: readonly { id: BeliefVote; label: string }[] = [
  { id: "agree", label: "Agree" },
  { id: "partly", label: "Partly" },
  { id: "disagree", label: "Disagree" },
];

export function causeLabel(cause: BeliefCause): string {
  return CAUSES.find((c) => c.id === cause)?.label ?? "Other";
}

/** Whom a belief is about, as a heading reads it. */
export function aboutLabel(state: WorkshopState, aboutTeamId: string | null): string {
  return aboutTeamId === null ? "Everyone" : teamName(state, aboutTeamId) || "A team";
}
