/** English: the source of the "screen" area's keys. */
export const screen = {};
