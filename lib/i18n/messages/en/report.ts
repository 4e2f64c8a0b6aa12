/** English: the source of the "report" area's keys. */
export const report = {};
