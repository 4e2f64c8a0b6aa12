import { placeholderViews } from "../Placeholder";

export const beliefsViews = placeholderViews<"beliefs">();
