/** English: the source of the "pulse" area's keys. */
export const pulse = {};
