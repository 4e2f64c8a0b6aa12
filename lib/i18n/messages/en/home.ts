/** English: the source of the "home" area's keys (the start page and the pages that lead back to it). */
export const home = {
  tagline: "A live workshop where sales and the teams behind it step into each other's shoes and leave with agreements.",
  joinHeading: "Join a workshop",
  joinHint: "Type the code on the screen, or scan its QR code.",
  runHeading: "Run a workshop",
  runHint: "For the facilitator, on a laptop. You get a private link to run it from.",
  importHeading: "Start a follow-up workshop from an export",
  importIntro: "Review what an earlier workshop agreed, with the same teams.",
  // Joining by code.
  codeLabel: "Workshop code",
  codeMissing: "Type the code shown on the screen.",
  codeInvalid:
    "“{code}” is not a workshop code. A code has {length} letters and digits, like K7M 4PX (never 0, O, 1, I or L).",
  join: "Join",
  // A follow-up from an export.
  exportFile: "Export file",
  exportHint:
    "From the earlier workshop's report: “Whole workshop (JSON)”. The new one gets the same teams and its agreements to review.",
  chooseFile: "Choose the export file first (a .json file from a workshop's report).",
  fileTooBig: "That file is too big to be an Onside export.",
  fileUnreadable: "The file could not be read. Try again.",
  notStarted: "No workshop was started.",
  starting: "Starting…",
  startFollowUp: "Start the follow-up workshop",
  // A server that makes workshops only for those with its key.
  createKey: "Creation key",
  createKeyHint: "This server makes workshops only for those who have its key. Ask whoever runs it.",
  // When a page breaks or does not exist.
  errorTitle: "Something went wrong on this page",
  errorBody: "Nothing you wrote is lost: it is kept on this device. Try again, or reload the page.",
  notFoundTitle: "This page doesn't exist",
  notFoundBody: "To join a workshop, type the code shown on the screen on the start page.",
};
