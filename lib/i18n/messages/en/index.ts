import { common } from "./common";
import { home } from "./home";
import { phone } from "./phone";
import { pulse } from "./pulse";
import { perspective } from "./perspective";
import { mirror } from "./mirror";
import { beliefs } from "./beliefs";
import { brainstorm } from "./brainstorm";
import { strengths } from "./strengths";
import { agreements } from "./agreements";
import { facilitator } from "./facilitator";
import { screen } from "./screen";
import { report } from "./report";
import { downloads } from "./downloads";
import { create } from "./create";
import { agenda } from "./agenda";
import { catchup } from "./catchup";
import { errors } from "./errors";
import { fields } from "./fields";

/**
 * The English catalogue, one file per area of the product (a phase's words, used on the phone,
 * the console and the screen, are one area). It is the source of the `Messages` type: Dutch and
 * Norwegian must have every key (tsc) with the same placeholders (a unit test). A value is a
 * string with `{placeholders}`, or `{ one, other }` forms for a `{count}`.
 */
export const en = { common, home, phone, pulse, perspective, mirror, beliefs, brainstorm, strengths, agreements, facilitator, screen, report, downloads, create, agenda, catchup, errors, fields };
export type Messages = typeof en;
