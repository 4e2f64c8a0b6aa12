// Its own file: applying events needs it, and the rules of agenda commands (decide.ts) stay off
// the phones, which only apply.
/** The agenda with one phase taken out and put back at `toIndex`. */
export function moved<T extends { id: string }>(agenda: readonly T[], phaseId: string, toIndex: number): T[] {
  const phase = agenda.find((p) => p.id === phaseId);
  if (!phase) return [...agenda];
  const rest = agenda.filter((p) => p.id !== phaseId);
  return [...rest.slice(0, toIndex), phase, ...rest.slice(toIndex)];
}
