import type { WorkshopState } from "@/lib/domain";
import type { Translate } from "@/lib/i18n";
import { rankingOf } from "@/lib/domain/features/brainstorm/ranking";
import type { RankRow } from "./RankingBars";

/** The closed vote's ranking as rows for the bars: ideas (with their group), and groups. */
export function rankRows(t: Translate<"brainstorm">, state: WorkshopState, phaseId: string, mine: Record<string, number> = {}): { ideas: RankRow[]; groups: RankRow[] } {
  const ranking = rankingOf(state, phaseId);
  return {
    ideas: ranking.ideas.map(({ card, dots }) => {
      const my = mine[card.id] ?? 0;
      return {
        id: card.id,
        label: card.text,
        sub: card.groupId ? state.groups[card.groupId]?.title : undefined,
        dots,
        note: my > 0 ? t("ideasOfYours", { count: my }) : undefined,
      };
    }),
    groups: ranking.groups.map(({ group, dots, ideas }) => ({
      id: group.id,
      label: group.title,
      sub: t("ideaCount", { count: ideas.length }),
      dots,
    })),
  };
}
