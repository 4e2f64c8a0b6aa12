import { authorName, controlOf, teamName } from "@/lib/domain";
import { ideasByGroup } from "@/lib/domain/features/brainstorm/ranking";
import { WallColumn } from "../../screen/WallColumn";
import { teamColor } from "../../shared/teamColor";
import { useT } from "@/lib/client/i18n";
import type { ScreenPhaseProps } from "../types";
import { RankingBars } from "./RankingBars";
import { rankRows } from "./rankRows";

/** A group's stripe on the wall: groups are not teams, so one calm colour for all. */
const GROUP_ACCENT = "#0d5963";
const UNGROUPED_ACCENT = "#46525e";

/**
 * The brainstorm on the projector: ideas by group while people vote (the votes stay blind, so
 * nothing about them shows but that voting is open); the ranking once the vote is closed.
 */
export function BrainstormScreen({ state, phase }: ScreenPhaseProps<"brainstorm">) {
  const t = useT("brainstorm");
  if (controlOf(state, phase.id).voteClosed) {
    const { ideas, groups } = rankRows(t, state, phase.id);
    return (
      <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,3fr)_minmax(0,2fr)] gap-[3vw]">
        <section tabIndex={0} aria-labelledby="screen-ranking" className="min-h-0 space-y-[1.5vh] overflow-y-auto">
          <h3 id="screen-ranking" className="text-[clamp(1.3rem,2.2vw,2.8rem)] font-bold">
            {t("topIdeas")}
          </h3>
          <RankingBars rows={ideas.slice(0, 10)} size="screen" label={t("topIdeas")} />
        </section>
        {groups.length > 0 ? (
          <section tabIndex={0} aria-labelledby="screen-groups" className="min-h-0 space-y-[1.5vh] overflow-y-auto">
            <h3 id="screen-groups" className="text-[clamp(1.3rem,2.2vw,2.8rem)] font-bold">
              {t("groups")}
            </h3>
            <RankingBars rows={groups} size="screen" label={t("groupsByVotes")} />
          </section>
        ) : null}
      </div>
    );
  }

  const columns = ideasByGroup(state, phase.id);
  const ungrouped = columns.at(-1);
  // Ideas not in a group yet come first: that is where new ones land.
  const shown = [...(ungrouped && ungrouped.ideas.length > 0 ? [ungrouped] : []), ...columns.slice(0, -1)];
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-[1.5vh]">
      <p role="status" className="text-[clamp(1rem,1.6vw,2rem)] font-semibold text-brand">
        {t("votingOpenScreen")}
      </p>
      {shown.length === 0 ? (
        <p className="grid flex-1 place-items-center text-[clamp(1.25rem,2.2vw,2.75rem)] text-muted">{t("screenEmpty")}</p>
      ) : (
        <div
          aria-live="polite"
          className="grid min-h-0 flex-1 grid-rows-[auto_minmax(0,1fr)] gap-x-[1.2vw]"
          style={{ gridTemplateColumns: `repeat(${shown.length}, minmax(0, 1fr))` }}
        >
          {shown.map(({ group, ideas }) => (
            <WallColumn
              key={group?.id ?? "none"}
              team={group?.title ?? t("notInGroup")}
              accent={group ? GROUP_ACCENT : UNGROUPED_ACCENT}
              cards={ideas.map((card) => ({
                id: card.id,
                text: card.text,
                author: authorName(state, card.authorId),
                seq: card.seq,
                team: teamName(state, card.teamId),
                accent: teamColor(state.teams, card.teamId),
              }))}
            />
          ))}
        </div>
      )}
    </div>
  );
}
