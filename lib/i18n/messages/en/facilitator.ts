/** English: the source of the "facilitator" area's keys. */
export const facilitator = {};
