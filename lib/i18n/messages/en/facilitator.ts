/** English: the source of the "facilitator" area's keys (the facilitator's console). */
export const facilitator = {
  pageTitle: "Console {code}",
};
