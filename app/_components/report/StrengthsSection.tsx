import type { ReportTeamCards, ReportWorkshop } from "@/lib/domain/report";
import { ReportCards } from "./ReportCards";
import { teamAccent } from "./labels";
import { Section } from "./Section";

/** The strengths the room named, per team. */
export function StrengthsSection({ workshop, strengths }: { workshop: ReportWorkshop; strengths: ReportTeamCards[] }) {
  if (strengths.length === 0) return null;
  return (
    <Section id="strengths" title="Strengths" intro="What each team brings, as the room named it.">
      <div className="grid items-start gap-5 md:grid-cols-2 print:block print:space-y-4">
        {strengths.map(({ team, cards }) => (
          <section key={team} aria-label={`Strengths of ${team}`} className="space-y-2">
            <h3 className="border-b-2 pb-1 text-lg font-bold" style={{ borderColor: teamAccent(workshop, team) }}>
              {team} <span className="font-normal text-muted tabular-nums">({cards.length})</span>
            </h3>
            <ReportCards workshop={workshop} cards={cards} empty="None written." />
          </section>
        ))}
      </div>
    </Section>
  );
}
