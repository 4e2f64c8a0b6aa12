/** English: the source of the "phone" area's keys. */
export const phone = {};
