/** English: the source of the "mirror" area's keys. */
export const mirror = {};
