import type { Phase } from "../../phases";
import type { ReasonParams, Refusal } from "../../reasons";

/** Which kind of phase each reference must point at, and what it is called to a person. */
const REFERENCES: Record<string, { field: "sourcePhaseId" | "pairedWith"; kind: Phase["kind"] }> = {
  mirror: { field: "sourcePhaseId", kind: "perspective" },
  strengths: { field: "sourcePhaseId", kind: "perspective" },
  agreements: { field: "sourcePhaseId", kind: "brainstorm" },
  pulse: { field: "pairedWith", kind: "pulse" },
};

/** The phase another phase builds on (its source, or the check-in a check-out pairs with). */
export function referenceOf(phase: Phase): string | null {
  const rule = REFERENCES[phase.kind];
  if (!rule) return null;
  const value = (phase.options as Record<string, unknown>)[rule.field];
  return typeof value === "string" ? value : null;
}

/**
 * Why an agenda cannot be run, or null: the lobby first and only there, ids unique, and every
 * reference pointing at an earlier phase of the right kind (a mirror shows what was written before
 * it). Shared by the facilitator's edits and the templates.
 */
export function agendaProblem(agenda: readonly Phase[]): { reason: Refusal; params?: ReasonParams } | null {
  if (agenda[0]?.kind !== "lobby") return { reason: "lobbyFirst" };
  if (agenda.slice(1).some((p) => p.kind === "lobby")) return { reason: "oneLobby" };
  const ids = new Set<string>();
  for (const [index, phase] of agenda.entries()) {
    if (ids.has(phase.id)) return { reason: "duplicatePhaseId", params: { id: phase.id } };
    ids.add(phase.id);
    const ref = referenceOf(phase);
    if (ref === null) continue;
    const source = agenda.findIndex((p) => p.id === ref);
    const wanted = REFERENCES[phase.kind]!.kind;
    if (source === -1) return { reason: "sourceMissing", params: { title: phase.title } };
    if (agenda[source]!.kind !== wanted) return { reason: "sourceKind", params: { title: phase.title, kind: wanted } };
    if (source >= index) return { reason: "sourceOrder", params: { title: phase.title, source: agenda[source]!.title } };
  }
  return null;
}
