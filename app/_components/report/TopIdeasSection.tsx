import type { ReportIdea, ReportWorkshop } from "@/lib/domain/report";
import { useT } from "@/lib/client/i18n";
import { teamAccent } from "./labels";
import { Section } from "./Section";

/** The ideas with the most dots, once a vote was closed. */
export function TopIdeasSection({ workshop, ideas }: { workshop: ReportWorkshop; ideas: ReportIdea[] }) {
  const t = useT("report");
  if (ideas.length === 0) return null;
  return (
    <Section id="ideas" title={t("topIdeas")} intro={t("topIdeasIntro")}>
      <ol className="space-y-2">
        {ideas.map((idea, i) => (
          <li
            key={i}
            className="flex break-inside-avoid items-start gap-3 rounded-lg border border-line border-l-[6px] bg-surface px-3 py-2"
            style={{ borderLeftColor: teamAccent(workshop, idea.team) }}
          >
            <div className="min-w-0 flex-1">
              <p className="wrap-anywhere whitespace-pre-wrap">{idea.text}</p>
              <p className="text-sm text-muted">{t("from", { team: idea.team })}</p>
            </div>
            <p className="shrink-0 rounded-full bg-brand-soft px-2.5 py-0.5 font-bold text-brand-strong tabular-nums">
              <span aria-hidden="true">● </span>
              {t("dots", { count: idea.dots })}
            </p>
          </li>
        ))}
      </ol>
    </Section>
  );
}
