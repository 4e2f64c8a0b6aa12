export * from "./languages";
export * from "./format";
export * from "./translate";
export * from "./explain";
