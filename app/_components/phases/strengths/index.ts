import { placeholderViews } from "../Placeholder";

export const strengthsViews = placeholderViews<"strengths">();
