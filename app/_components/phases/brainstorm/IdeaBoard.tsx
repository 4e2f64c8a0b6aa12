"use client";

import { useState, type DragEvent } from "react";
import type { Card, IdeaGroup, WorkshopState } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import { small } from "./styles";
import { ConsoleIdea, IDEA_MIME } from "./ConsoleIdea";
import { GroupForm } from "./GroupForm";

export interface BoardColumn {
  group: IdeaGroup | null;
  ideas: Card[];
}

/**
 * The ideas by group on a desktop: drag an idea onto a group (HTML5 drag and drop), or use its
 * "Move to group" select with the keyboard. Groups can be renamed in place.
 */
export function IdeaBoard({
  state,
  columns,
  groups,
  hiddenWanted,
  moving,
  onMove,
  onNewGroup,
  onRename,
  onHide,
}: {
  state: WorkshopState;
  columns: readonly BoardColumn[];
  groups: readonly IdeaGroup[];
  hiddenWanted: ReadonlyMap<string, boolean>;
  moving: ReadonlySet<string>;
  onMove: (cardId: string, groupId: string | null) => void;
  onNewGroup: (cardId: string, title: string) => void;
  onRename: (groupId: string, title: string) => void;
  onHide: (cardId: string, hidden: boolean) => void;
}) {
  const t = useT("brainstorm");
  const [over, setOver] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const zone = (groupId: string | null) => groupId ?? "none";

  const dropProps = (groupId: string | null) => ({
    onDragOver(e: DragEvent) {
      if (!e.dataTransfer.types.includes(IDEA_MIME)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = "move";
      setOver(zone(groupId));
    },
    onDragLeave(e: DragEvent) {
      // Leaving for a child of the same column is not leaving it.
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(null);
    },
    onDrop(e: DragEvent) {
      const cardId = e.dataTransfer.getData(IDEA_MIME);
      setOver(null);
      if (!cardId) return;
      e.preventDefault();
      onMove(cardId, groupId);
    },
  });

  return (
    <div className="grid grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] items-start gap-3">
      {columns.map(({ group, ideas }) => {
        const id = zone(group?.id ?? null);
        return (
          <section
            key={id}
            aria-label={group ? t("group", { title: group.title }) : t("notInGroup")}
            {...dropProps(group?.id ?? null)}
            className={`min-h-32 space-y-2 rounded-lg border-2 p-2 transition-colors ${
              over === id ? "border-brand bg-brand-soft" : "border-dashed border-line bg-paper"
            }`}
          >
            {group && renaming === group.id ? (
              <GroupForm
                label={t("renameGroup")}
                submitLabel={t("save")}
                initial={group.title}
                onCancel={() => setRenaming(null)}
                onSubmit={(title) => {
                  if (title !== group.title) onRename(group.id, title);
                  setRenaming(null);
                }}
              />
            ) : (
              <h4 className="flex items-center justify-between gap-2 font-semibold">
                <span className="min-w-0 wrap-anywhere">
                  {group?.title ?? t("notInGroup")} <span className="font-normal text-muted">({ideas.length})</span>
                </span>
                {group ? (
                  <button type="button" className={small.quiet} onClick={() => setRenaming(group.id)}>
                    {t("rename")}
                    <span className="sr-only"> {group.title}</span>
                  </button>
                ) : null}
              </h4>
            )}
            {ideas.length === 0 ? <p className="text-sm text-muted">{t("dropHere")}</p> : null}
            <ul className="space-y-2">
              {ideas.map((card) => (
                <li key={card.id}>
                  <ConsoleIdea
                    state={state}
                    card={card}
                    groupId={group?.id ?? null}
                    groups={groups}
                    hidden={hiddenWanted.get(card.id) ?? card.hidden}
                    moving={moving.has(card.id)}
                    onMove={(groupId) => onMove(card.id, groupId)}
                    onNewGroup={(title) => onNewGroup(card.id, title)}
                    onHide={(hidden) => onHide(card.id, hidden)}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
