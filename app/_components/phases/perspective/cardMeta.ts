"use client";

import { useCallback } from "react";
import { useT } from "@/lib/client/i18n";
import { authorName, teamName, type Card, type WorkshopState } from "@/lib/domain";

/**
 * Who wrote a perspective card and from which side ("own view", "as seen by Sales"), in the page's
 * language: `origin` for the side alone, `byline` for a card's author and side.
 */
export function useByline() {
  const t = useT("perspective");
  const common = useT("common");
  const origin = useCallback(
    (state: WorkshopState, card: Card) =>
      card.teamId === card.aboutTeamId ? t("ownView") : t("seenBy", { team: teamName(state, card.teamId) }),
    [t],
  );
  const byline = useCallback(
    (state: WorkshopState, card: Card) => ({
      author: card.authorId === null ? common("anonymous") : authorName(state, card.authorId),
      team: origin(state, card),
    }),
    [common, origin],
  );
  return Object.assign(byline, { origin });
}
