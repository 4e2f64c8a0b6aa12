"use client";

import { authorName, teamName, type Card, type IdeaGroup, type WorkshopState } from "@/lib/domain";
import { CardView } from "../../cards/CardView";
import { teamColor } from "../../shared/teamColor";
import { MoveToGroup } from "./MoveToGroup";
import { small } from "./styles";

import { useT } from "@/lib/client/i18n";

export const IDEA_MIME = "application/x-onside-idea";

/** One idea on the facilitator's board: drag it to a group, or use the select; Hide / Unhide. */
export function ConsoleIdea({
  state,
  card,
  groupId,
  groups,
  hidden,
  moving,
  onMove,
  onNewGroup,
  onHide,
}: {
  state: WorkshopState;
  card: Card;
  groupId: string | null;
  groups: readonly IdeaGroup[];
  hidden: boolean;
  moving: boolean;
  onMove: (groupId: string | null) => void;
  onNewGroup: (title: string) => void;
  onHide: (hidden: boolean) => void;
}) {
  const t = useT("brainstorm");
  return (
    <div
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(IDEA_MIME, card.id);
        e.dataTransfer.effectAllowed = "move";
      }}
      className="cursor-grab active:cursor-grabbing"
    >
      <CardView
        size="console"
        text={card.text}
        author={authorName(state, card.authorId)}
        team={teamName(state, card.teamId)}
        accent={teamColor(state.teams, card.teamId)}
        dimmed={hidden}
        status={hidden ? t("hidden") : moving ? t("moving") : undefined}
      >
        <MoveToGroup compact ideaText={card.text} groupId={groupId} groups={groups} onMove={onMove} onNewGroup={onNewGroup} />
        <button type="button" className={small.secondary} onClick={() => onHide(!hidden)}>
          {hidden ? t("unhide") : t("hide")}
        </button>
      </CardView>
    </div>
  );
}
