"use client";

import { authorName, cardsByTeam, type CommandInput as Command, type Participant, type WorkshopState } from "@/lib/domain";
import type { PendingCommand } from "@/lib/client/outbox";
import { teamColor } from "../shared/teamColor";
import { CardView } from "./CardView";
import { OwnCard } from "./OwnCard";
import { pendingCardWork } from "./pendingCards";

/**
 * The phase's cards on a phone, by team. My own cards can be edited and deleted; what I sent but
 * the server has not confirmed yet shows as "Sending…", so nothing seems lost on a flaky network.
 */
export function ParticipantCards({
  state,
  phaseId,
  me,
  pending,
  send,
}: {
  state: WorkshopState;
  phaseId: string;
  me: Participant;
  pending: readonly PendingCommand[];
  send: (command: Command) => void;
}) {
  const work = pendingCardWork(pending, phaseId);
  const groups = cardsByTeam(state, phaseId).filter(
    ({ team, cards }) => cards.length > 0 || (team.id === me.teamId && work.added.length > 0),
  );
  const total = groups.reduce((n, g) => n + g.cards.length, 0) + work.added.length;

  return (
    <section aria-labelledby="cards-heading" className="space-y-4">
      <h3 id="cards-heading" className="text-xl font-bold">
        Cards so far <span className="font-normal text-muted">({total})</span>
      </h3>
      <div aria-live="polite" className="space-y-6">
        {groups.length === 0 ? <p className="text-muted">No cards yet. Yours could be the first.</p> : null}
        {groups.map(({ team, cards }) => {
          const accent = teamColor(state.teams, team.id);
          const mine = team.id === me.teamId;
          return (
            <section key={team.id} aria-label={`${team.name} cards`} className="space-y-2">
              <h4 className="flex items-center gap-2 font-semibold">
                <span aria-hidden="true" className="size-3 rounded-full" style={{ background: accent }} />
                {team.name}
                <span className="font-normal text-muted">({cards.length + (mine ? work.added.length : 0)})</span>
              </h4>
              <ul className="space-y-2">
                {cards.map((card) =>
                  card.authorId === me.id ? (
                    <li key={card.id}>
                      <OwnCard
                        text={work.edits.get(card.id) ?? card.text}
                        author={me.name}
                        team={team.name}
                        accent={accent}
                        status={work.deletes.has(card.id) ? "Deleting…" : work.edits.has(card.id) ? "Saving…" : undefined}
                        busy={work.deletes.has(card.id) || work.edits.has(card.id)}
                        onEdit={(text) => send({ type: "card.edit", cardId: card.id, text })}
                        onDelete={() => send({ type: "card.delete", cardId: card.id })}
                      />
                    </li>
                  ) : (
                    <li key={card.id}>
                      <CardView
                        text={card.text}
                        author={authorName(state, card.authorId)}
                        team={team.name}
                        accent={accent}
                      />
                    </li>
                  ),
                )}
                {mine
                  ? work.added.map((item) => (
                      <li key={item.id}>
                        <CardView text={item.text} author={me.name} team={team.name} accent={accent} status="Sending…" />
                      </li>
                    ))
                  : null}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
