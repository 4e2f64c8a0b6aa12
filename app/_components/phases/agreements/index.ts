import type { PhaseViews } from "../types";
import { ConsoleAgreements } from "./ConsoleAgreements";
import { PhoneAgreements } from "./PhoneAgreements";
import { ScreenAgreements } from "./ScreenAgreements";

export const agreementsViews: PhaseViews<"agreements"> = { Phone: PhoneAgreements, Screen: ScreenAgreements, Console: ConsoleAgreements };
/** Carry-over agreements are agreements of their own kind, made with the same tools. */
export const carryOverViews: PhaseViews<"carry-over"> = { Phone: PhoneAgreements, Screen: ScreenAgreements, Console: ConsoleAgreements };
