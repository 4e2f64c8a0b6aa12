/** English: the source of the "home" area's keys. */
export const home = {};
