import type { BeliefVote } from "@/lib/domain";
import type { ReportBelief, ReportWorkshop } from "@/lib/domain/report";
import { useT } from "@/lib/client/i18n";
import { useBeliefLabels } from "../phases/beliefs/labels";
import { ReportCards } from "./ReportCards";
import { teamAccent } from "./labels";
import { Section } from "./Section";

const VOTE_COLOUR: Record<BeliefVote, string> = { agree: "bg-ok", partly: "bg-warn", disagree: "bg-danger" };

/** The beliefs the room named, how much each team holds them, and what was said back. */
export function BeliefsSection({ workshop, beliefs }: { workshop: ReportWorkshop; beliefs: ReportBelief[] }) {
  const t = useT("report");
  const { causeLabel } = useBeliefLabels();
  if (beliefs.length === 0) return null;
  return (
    <Section id="beliefs" title={t("beliefs")} intro={t("beliefsIntro")}>
      <ul className="space-y-4">
        {beliefs.map((belief, i) => (
          <li key={i} className="break-inside-avoid space-y-3 rounded-xl border border-line bg-surface p-4 shadow-sm print:shadow-none">
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              <span className="inline-flex items-center gap-1.5 font-semibold">
                <span aria-hidden="true" className="size-3 shrink-0 rounded-full" style={{ background: teamAccent(workshop, belief.about) }} />
                {belief.about === null ? t("aboutEveryone") : t("about", { team: belief.about })}
              </span>
              <span className="rounded-full bg-warn-soft px-2 py-0.5 font-semibold text-warn-ink">
                <span className="sr-only">{t("likelyCause")}</span>
                {causeLabel(belief.cause)}
              </span>
            </p>
            <p className="text-lg font-semibold wrap-anywhere whitespace-pre-wrap">{belief.text}</p>
            <VoteSplit belief={belief} />
            {belief.replies.length > 0 ? (
              <div className="space-y-1.5">
                <h3 className="text-sm font-bold tracking-wide text-brand uppercase">{t("replies")}</h3>
                <ReportCards workshop={workshop} cards={belief.replies} empty="" />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** A bar per team (and one for all), split into agree, partly and disagree, with the counts written out. */
function VoteSplit({ belief }: { belief: ReportBelief }) {
  const t = useT("report");
  const { votes } = useBeliefLabels();
  const total = count(belief.totals);
  if (total === 0) return <p className="text-sm text-muted">{t("noVotes")}</p>;
  const rows = [{ team: t("all"), all: true, counts: belief.totals }, ...belief.byTeam.filter((b) => count(b.counts) > 0).map((b) => ({ ...b, all: false }))];
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap gap-x-3 text-sm text-muted">
        <span>{t("votes", { count: total })}</span>
        {votes.map((v) => (
          <span key={v.id} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className={`size-2.5 rounded-sm ${VOTE_COLOUR[v.id]}`} />
            {v.label}
          </span>
        ))}
      </p>
      <dl className="grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] items-center gap-x-3 gap-y-1.5 text-sm">
        {rows.map(({ team, all, counts }) => (
          <div key={team} className="contents">
            <dt className={`max-w-[8rem] wrap-anywhere ${all ? "font-bold" : "font-semibold"}`}>{team}</dt>
            <dd className="min-w-0">
              <div aria-hidden="true" className="flex h-3 overflow-hidden rounded-full bg-paper ring-1 ring-line">
                {votes.map((v) => (
                  <span key={v.id} className={VOTE_COLOUR[v.id]} style={{ width: `${(100 * counts[v.id]) / Math.max(1, count(counts))}%` }} />
                ))}
              </div>
              <p className="text-muted tabular-nums">{votes.map((v) => `${counts[v.id]} ${v.label.toLowerCase()}`).join(" · ")}</p>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

const count = (counts: Record<BeliefVote, number>) => counts.agree + counts.partly + counts.disagree;
