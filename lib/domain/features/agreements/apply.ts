import type { Appliers } from "../../feature";

export const agreementAppliers: Appliers<"agreement.created" | "agreement.updated" | "agreement.deleted" | "agreement.endorsed"> = {
  "agreement.created": (s) => s,
  "agreement.updated": (s) => s,
  "agreement.deleted": (s) => s,
  "agreement.endorsed": (s) => s,
};
