import type { ReportCard, ReportWorkshop } from "@/lib/domain/report";
import { useT } from "@/lib/client/i18n";
import { teamAccent } from "./labels";

/**
 * Cards as the report lists them: the text and the team that wrote it (no author: the report has
 * none), the writer's team colour on the stripe.
 */
export function ReportCards({ workshop, cards, empty }: { workshop: ReportWorkshop; cards: ReportCard[]; empty: string }) {
  const t = useT("report");
  if (cards.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ul className="space-y-2">
      {cards.map((card, i) => (
        <li
          key={i}
          className="break-inside-avoid rounded-lg border border-line border-l-[6px] bg-surface px-3 py-2"
          style={{ borderLeftColor: teamAccent(workshop, card.team) }}
        >
          <p className="wrap-anywhere whitespace-pre-wrap">{card.text}</p>
          <p className="text-sm text-muted">{t("from", { team: card.team })}</p>
        </li>
      ))}
    </ul>
  );
}
