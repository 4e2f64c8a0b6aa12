import { FIELD_LABELS } from "@/lib/domain";

/** The form fields a problem names (`{field}` in the `errors` area). */
export const fields = { ...FIELD_LABELS };
