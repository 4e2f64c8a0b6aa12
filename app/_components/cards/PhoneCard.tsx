"use client";

import { useT } from "@/lib/client/i18n";
import { authorName } from "@/lib/domain/selectors";
import type { Card, Participant, WorkshopState } from "@/lib/domain";
import type { Send } from "../phases/types";
import { CardView } from "./CardView";
import { OwnCard, ownCardPending } from "./OwnCard";
import type { PendingCardWork } from "./pendingCards";

/** What every card of one phone's list shares: who is looking, and what they have on its way. */
export interface PhoneCardContext {
  state: WorkshopState;
  me: Participant;
  /** How my own cards are signed: my name, or "You (anonymous)" in an anonymous phase. */
  myName: string;
  merged: ReadonlyMap<string, number>;
  work: PendingCardWork;
  send: Send;
}

/** One card on a phone: mine to edit and delete, anyone else's to read. */
export function PhoneCard({ card, team, accent, context }: { card: Card; team: string; accent: string; context: PhoneCardContext }) {
  const common = useT("common");
  const { state, me, myName, merged, work, send } = context;
  if (card.authorId === me.id) {
    return (
      <OwnCard
        cardId={card.id}
        text={work.edits.get(card.id) ?? card.text}
        author={myName}
        team={team}
        accent={accent}
        merged={merged.get(card.id) ?? 0}
        pending={ownCardPending(work, card.id)}
        onEdit={(text) => send({ type: "card.edit", cardId: card.id, text })}
        onDelete={() => send({ type: "card.delete", cardId: card.id })}
      />
    );
  }
  return (
    <CardView
      text={card.text}
      author={card.authorId === null ? common("anonymous") : authorName(state, card.authorId)}
      team={team}
      accent={accent}
      merged={merged.get(card.id) ?? 0}
    />
  );
}
