/** English: the source of the "phases" area's keys. */
export const phases = {};
