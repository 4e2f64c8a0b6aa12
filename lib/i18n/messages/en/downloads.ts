/** English: the source of the "downloads" area's keys. */
export const downloads = {};
