/** The workshop itself: pure, shared by the server and every client. */
export * from "./actor";
export * from "./agenda";
export * from "./apply";
export * from "./commands";
export * from "./create";
export * from "./decide";
export * from "./errors";
export * from "./events";
export * from "./feature";
export * from "./joinCode";
export * from "./limits";
export * from "./model";
export * from "./phases";
export * from "./projection";
export * from "./selectors";
export { AgreementFieldsSchema, type AgreementFields } from "./features/agreements/schemas";
export { assignTeams } from "./features/perspective/assign";
export { cardFor } from "./features/cards/visibility";
