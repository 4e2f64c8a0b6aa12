/** English: the source of the "strengths" area's keys. */
export const strengths = {};
