import { agreementsOf, endorsementCount } from "@/lib/domain/features/agreements/selectors";
import type { PhaseOf } from "@/lib/domain";
import type { ScreenPhaseProps } from "../types";
import { AgreementCard } from "./AgreementCard";
import { useT } from "@/lib/client/i18n";
import { useAgreementCopy, type AgreementPhaseKind } from "./copy";

/**
 * The agreements on the projector, readable from the back row, each with how many are in. A
 * spotlit agreement fills the screen on its own.
 */
export function ScreenAgreements<K extends AgreementPhaseKind>({ state, phase: ofKind }: ScreenPhaseProps<K>) {
  // Generic so one component serves both kinds; inside, either kind will do.
  const phase: PhaseOf<AgreementPhaseKind> = ofKind;
  const copy = useAgreementCopy(phase.kind);
  const agreements = agreementsOf(state, phase.id);
  const spotlit = state.spotlight?.kind === "agreement" ? agreements.find((a) => a.id === state.spotlight?.id) : undefined;

  if (spotlit) {
    return (
      <div aria-live="polite" className="grid min-h-0 flex-1 place-items-center">
        <div className="w-full max-w-[85vw]">
          <AgreementCard state={state} agreement={spotlit} size="spotlight" highlighted>
            <Count count={endorsementCount(state, spotlit)} />
          </AgreementCard>
        </div>
      </div>
    );
  }
  if (agreements.length === 0) {
    return <p className="text-[clamp(1.25rem,2.2vw,2.75rem)] text-muted">{copy.emptyScreen}</p>;
  }
  return (
    <ul
      aria-live="polite"
      tabIndex={0}
      className={`grid min-h-0 flex-1 content-start gap-[1.5vw] overflow-y-auto ${agreements.length === 1 ? "grid-cols-1" : "grid-cols-2"} ${
        agreements.length > 4 ? "xl:grid-cols-3" : ""
      }`}
    >
      {agreements.map((agreement) => (
        <li key={agreement.id}>
          <AgreementCard state={state} agreement={agreement} size="screen">
            <Count count={endorsementCount(state, agreement)} />
          </AgreementCard>
        </li>
      ))}
    </ul>
  );
}

function Count({ count }: { count: number }) {
  const t = useT("agreements");
  return (
    <p className="text-[clamp(1.2rem,2vw,2.6rem)] font-bold text-brand tabular-nums">
      {/* The phones' "✓ I'm in" mark: an emoji hand shows as an empty box where the laptop has no emoji font. */}
      <span aria-hidden="true">✓ </span>
      {t("peopleIn", { count })}
    </p>
  );
}
