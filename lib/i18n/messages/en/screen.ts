/** English: the source of the "screen" area's keys (the room screen on the projector). */
export const screen = {
  pageTitle: "Screen {code}",
};
