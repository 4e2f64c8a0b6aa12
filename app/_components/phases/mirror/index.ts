import { placeholderViews } from "../Placeholder";

export const mirrorViews = placeholderViews<"mirror">();
