import { placeholderViews } from "../Placeholder";

export const brainstormViews = placeholderViews<"brainstorm">();
