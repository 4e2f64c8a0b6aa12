import { placeholderViews } from "../Placeholder";

export const pulseViews = placeholderViews<"pulse">();
