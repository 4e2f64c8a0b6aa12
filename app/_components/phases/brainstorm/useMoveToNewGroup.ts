"use client";

import { useCallback, useEffect, useRef } from "react";
import type { WorkshopState } from "@/lib/domain";
import { groupsOf } from "@/lib/domain/features/brainstorm/ranking";
import type { Send } from "../types";

const key = (title: string) => title.trim().toLocaleLowerCase();

/**
 * "New group…" for an idea: make the group, then move the idea into it once the group exists.
 * The server names the group, so the move waits for it to arrive; a name that is already taken
 * is that group (the server answers the same), and the idea moves at once.
 */
export function useMoveToNewGroup(state: WorkshopState, phaseId: string, send: Send): (cardId: string, title: string) => void {
  const waiting = useRef(new Map<string, string[]>());

  useEffect(() => {
    for (const [title, cardIds] of waiting.current) {
      const group = groupsOf(state, phaseId).find((g) => key(g.title) === title);
      if (!group) continue;
      waiting.current.delete(title);
      for (const cardId of cardIds) send({ type: "card.group", cardId, groupId: group.id });
    }
  }, [state, phaseId, send]);

  return useCallback(
    (cardId: string, title: string) => {
      const existing = groupsOf(state, phaseId).find((g) => key(g.title) === key(title));
      if (existing) {
        send({ type: "card.group", cardId, groupId: existing.id });
        return;
      }
      const k = key(title);
      const queued = waiting.current.get(k);
      waiting.current.set(k, [...(queued ?? []), cardId]);
      if (!queued) send({ type: "group.create", phaseId, title: title.trim() });
    },
    [state, phaseId, send],
  );
}
