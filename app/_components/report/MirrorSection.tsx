import type { ReportMirror, ReportWorkshop } from "@/lib/domain/report";
import { useT } from "@/lib/client/i18n";
import { ReportCards } from "./ReportCards";
import { teamAccent } from "./labels";
import { Section } from "./Section";

/** Per team: how the others see it beside how it sees itself (stacked on a phone). */
export function MirrorSection({ workshop, mirrors }: { workshop: ReportWorkshop; mirrors: ReportMirror[] }) {
  const t = useT("report");
  if (mirrors.length === 0) return null;
  return (
    <Section id="mirror" title={t("mirror")} intro={t("mirrorIntro")}>
      <div className="space-y-6">
        {mirrors.map((mirror, i) => (
          <article key={i} aria-labelledby={`mirror-${i}`} className="space-y-3">
            <h3 id={`mirror-${i}`} className="flex items-center gap-2 text-xl font-bold">
              <span aria-hidden="true" className="size-3.5 shrink-0 rounded-full" style={{ background: teamAccent(workshop, mirror.team) }} />
              {mirror.team}
            </h3>
            <div className="grid gap-4 md:grid-cols-2">
              <Side workshop={workshop} title={t("othersSee", { team: mirror.team })} side={mirror.others} />
              <Side workshop={workshop} title={t("selfSee", { team: mirror.team })} side={mirror.self} />
            </div>
          </article>
        ))}
      </div>
    </Section>
  );
}

function Side({ workshop, title, side }: { workshop: ReportWorkshop; title: string; side: ReportMirror["self"] }) {
  const t = useT("report");
  return (
    <section aria-label={title} className="space-y-3 rounded-xl border border-line bg-paper/60 p-3 print:bg-white">
      <h4 className="font-bold">{title}</h4>
      <div className="space-y-1.5">
        <h5 className="text-sm font-bold tracking-wide text-brand uppercase">{t("strengths")}</h5>
        <ReportCards workshop={workshop} cards={side.strengths} empty={t("nothingWritten")} />
      </div>
      <div className="space-y-1.5">
        <h5 className="text-sm font-bold tracking-wide text-brand uppercase">{t("challenges")}</h5>
        <ReportCards workshop={workshop} cards={side.challenges} empty={t("nothingWritten")} />
      </div>
    </section>
  );
}
