import type { Belief, WorkshopState } from "@/lib/domain";
import { teamColor } from "../../shared/teamColor";
import { useT } from "@/lib/client/i18n";
import { useBeliefLabels } from "./labels";

/** Whom a belief is about and its likely cause, above its text. No author: there is none to show. */
export function BeliefHeader({ state, belief, large = false }: { state: WorkshopState; belief: Belief; large?: boolean }) {
  const t = useT("beliefs");
  const { aboutLabel, causeLabel } = useBeliefLabels();
  const accent = belief.aboutTeamId === null ? "var(--color-muted)" : teamColor(state.teams, belief.aboutTeamId);
  return (
    <p className={`flex flex-wrap items-center gap-x-3 gap-y-1 ${large ? "text-[clamp(1rem,1.6vw,2rem)]" : "text-sm"}`}>
      <span className="inline-flex items-center gap-1.5 font-semibold">
        <span aria-hidden="true" className={`${large ? "size-[0.8em]" : "size-3"} shrink-0 rounded-full`} style={{ background: accent }} />
        <span>
          <span className="sr-only">{t("aboutSr")}</span>
          {t("about", { team: aboutLabel(state, belief.aboutTeamId) })}
        </span>
      </span>
      <span className="rounded-full bg-warn-soft px-2 py-0.5 font-semibold text-warn-ink">
        <span className="sr-only">{t("likelyCause")}</span>
        {causeLabel(belief.cause)}
      </span>
    </p>
  );
}
