import { common } from "./common";

/**
 * The English catalogue, one file per area of the product. It is the source of the `Messages`
 * type: Dutch and Norwegian must have every key (tsc) with the same placeholders (a unit test).
 * A value is a string with `{placeholders}`, or `{ one, other }` forms for a `{count}`.
 */
export const en = { common };
export type Messages = typeof en;
