import { placeholderViews } from "../Placeholder";

export const perspectiveViews = placeholderViews<"perspective">();
