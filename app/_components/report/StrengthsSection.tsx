import type { ReportTeamCards, ReportWorkshop } from "@/lib/domain/report";
import { useT } from "@/lib/client/i18n";
import { ReportCards } from "./ReportCards";
import { teamAccent } from "./labels";
import { Section } from "./Section";

/** The strengths the room named, per team. */
export function StrengthsSection({ workshop, strengths }: { workshop: ReportWorkshop; strengths: ReportTeamCards[] }) {
  const t = useT("report");
  if (strengths.length === 0) return null;
  return (
    <Section id="strengths" title={t("strengths")} intro={t("strengthsIntro")}>
      <div className="grid items-start gap-5 md:grid-cols-2 print:block print:space-y-4">
        {strengths.map(({ team, cards }) => (
          <section key={team} aria-label={t("strengthsOf", { team })} className="space-y-2">
            <h3 className="border-b-2 pb-1 text-lg font-bold" style={{ borderColor: teamAccent(workshop, team) }}>
              {team} <span className="font-normal text-muted tabular-nums">({cards.length})</span>
            </h3>
            <ReportCards workshop={workshop} cards={cards} empty={t("noneWritten")} />
          </section>
        ))}
      </div>
    </Section>
  );
}
