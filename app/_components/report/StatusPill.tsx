import type { AgreementStatus } from "@/lib/domain";
import { STATUS } from "./labels";

/** Where an agreement stands, as a word in a coloured pill. */
export function StatusPill({ status }: { status: AgreementStatus }) {
  const { label, pill } = STATUS[status];
  return (
    <span data-testid="agreement-status" className={`inline-block shrink-0 rounded-full border-2 px-2.5 py-0.5 text-sm font-bold whitespace-nowrap ${pill}`}>
      <span className="sr-only">Status: </span>
      {label}
    </span>
  );
}
