/** English: the source of the "brainstorm" area's keys. */
export const brainstorm = {};
