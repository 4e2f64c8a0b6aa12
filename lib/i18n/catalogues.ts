import { type Language } from "./languages";
import { en, type Messages } from "./messages/en";
import { nb } from "./messages/nb";
import { nl } from "./messages/nl";

/**
 * Every language's whole catalogue. Only the server imports this (page layouts, downloads): a page
 * receives its one language from the server render, so no phone downloads the other two.
 */
export const CATALOGUES: Record<Language, Messages> = { en, nl, nb };
