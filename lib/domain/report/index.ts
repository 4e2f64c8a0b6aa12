export { buildReport, TOP_IDEAS } from "./build";
export type * from "./types";
