import { reject } from "../../decision";
import type { Deciders } from "../../feature";

const notYet = () => reject("closed", "Agreements are not available yet.");

export const agreementDeciders: Deciders<"agreement.create" | "agreement.update" | "agreement.delete" | "agreement.endorse"> = {
  "agreement.create": notYet,
  "agreement.update": notYet,
  "agreement.delete": notYet,
  "agreement.endorse": notYet,
};
