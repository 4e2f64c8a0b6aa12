/** English: the source of the "screen" area's keys (the room screen on the projector). */
export const screen = {
  pageTitle: "Screen {code}",
  noWorkshop: "No workshop with code {code}",
  cannotOpen: "The room screen can't be opened",
  joinAt: "Join at",
  code: "code",
  connecting: "Connecting to workshop {code}…",
  qrLabel: "QR code to join workshop {code}",
  loading: "Loading…",
  goTo: "Go to",
  orTypeCode: "or type the code",
  joined: { one: "person has joined", other: "people have joined" },
  columnCards: "{title} cards",
};
