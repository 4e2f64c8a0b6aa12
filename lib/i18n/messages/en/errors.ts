import { FIELD_PROBLEMS, REFUSALS } from "@/lib/domain";
import { SERVICE_REASONS } from "@/lib/protocol/reasons";

/**
 * Why something was refused, by reason: the workshop's refusals, a form field's problems and the
 * server's own. The English is where each reason is defined (so the server's messages and these
 * words cannot drift apart); a unit test keeps the three sets of keys apart.
 */
export const errors = { ...REFUSALS, ...FIELD_PROBLEMS, ...SERVICE_REASONS };
