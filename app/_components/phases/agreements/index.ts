import { placeholderViews } from "../Placeholder";

export const agreementsViews = placeholderViews<"agreements">();
/** Carry-over agreements are agreements of their own kind, made with the same tools. */
export const carryOverViews = placeholderViews<"carry-over">();
