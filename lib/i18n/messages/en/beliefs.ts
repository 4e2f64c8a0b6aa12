/** English: the source of the "beliefs" area's keys. */
export const beliefs = {};
