import type { Phase } from "../../phases";

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
export function agendaProblem(agenda: readonly Phase[]): string | null {
  if (agenda[0]?.kind !== "lobby") return "The agenda must start with the lobby.";
  if (agenda.slice(1).some((p) => p.kind === "lobby")) return "An agenda has one lobby, at the start.";
  const ids = new Set<string>();
  for (const [index, phase] of agenda.entries()) {
    if (ids.has(phase.id)) return `Two phases share the id "${phase.id}".`;
    ids.add(phase.id);
    const ref = referenceOf(phase);
    if (ref === null) continue;
    const source = agenda.findIndex((p) => p.id === ref);
    const wanted = REFERENCES[phase.kind]!.kind;
    if (source === -1) return `"${phase.title}" builds on a phase that is not in the agenda.`;
    if (agenda[source]!.kind !== wanted) return `"${phase.title}" must build on a ${wanted} phase.`;
    if (source >= index) return `"${phase.title}" must come after "${agenda[source]!.title}", which it builds on.`;
  }
  return null;
}
