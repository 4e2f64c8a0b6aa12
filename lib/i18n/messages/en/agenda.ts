/** English: the source of the "agenda" area's keys. */
export const agenda = {};
