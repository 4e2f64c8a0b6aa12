/** English: the source of the "create" area's keys. */
export const create = {};
