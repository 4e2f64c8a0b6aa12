import type { AgreementStatus } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import { STATUS } from "./labels";

/** Where an agreement stands, as a word in a coloured pill. */
export function StatusPill({ status }: { status: AgreementStatus }) {
  const t = useT("agreements");
  const r = useT("report");
  const { label, pill } = STATUS[status];
  return (
    <span data-testid="agreement-status" className={`inline-block shrink-0 rounded-full border-2 px-2.5 py-0.5 text-sm font-bold whitespace-nowrap ${pill}`}>
      <span className="sr-only">{r("statusLabel")}</span>
      {t(label)}
    </span>
  );
}
