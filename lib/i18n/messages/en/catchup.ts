/** English: the source of the "catchup" area's keys. */
export const catchup = {};
