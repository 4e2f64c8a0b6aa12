/** English: the source of the "agreements" area's keys. */
export const agreements = {};
