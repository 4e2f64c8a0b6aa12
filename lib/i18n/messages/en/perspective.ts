/** English: the source of the "perspective" area's keys. */
export const perspective = {};
