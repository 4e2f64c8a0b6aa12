/** English: the source of the "strengths" area's keys. */
export const strengths = {
  together: "What could we achieve together?",
  allStrengths: "All strengths",
  strengthsOf: "Strengths of {team}",
  noneWritten: "No strengths written.",
};
