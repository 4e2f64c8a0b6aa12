"use client";

import { authorName, cardsByTeam, type CommandInput as Command, type WorkshopState } from "@/lib/domain";
import type { PendingCommand } from "@/lib/client/outbox";
import { CardView } from "../cards/CardView";
import { teamColor } from "../shared/teamColor";
import { button } from "../shared/ui";

/**
 * The live cards of a phase, one column per team, with Hide / Unhide. Hidden cards stay on the
 * facilitator's board (dimmed, marked) so the decision can be undone; nobody else receives them.
 */
export function ModerationBoard({
  state,
  phaseId,
  pending,
  send,
}: {
  state: WorkshopState;
  phaseId: string;
  pending: readonly PendingCommand[];
  send: (command: Command) => void;
}) {
  // What the facilitator just asked for shows at once; the server's answer follows.
  const wanted = new Map<string, boolean>();
  for (const { command } of pending) if (command.type === "card.setHidden") wanted.set(command.cardId, command.hidden);
  const groups = cardsByTeam(state, phaseId);
  const total = groups.reduce((n, g) => n + g.cards.length, 0);

  return (
    <section aria-labelledby="board-heading" className="space-y-3">
      <h3 id="board-heading" className="text-lg font-bold">
        Live cards <span className="font-normal text-muted">({total})</span>
      </h3>
      <div aria-live="polite" className="grid grid-cols-[repeat(auto-fill,minmax(11.5rem,1fr))] gap-3">
        {groups.map(({ team, cards }) => {
          const accent = teamColor(state.teams, team.id);
          return (
            <section key={team.id} aria-label={`${team.name} cards`} className="space-y-2">
              <h4 className="flex items-center gap-2 border-b-2 pb-1 font-semibold" style={{ borderColor: accent }}>
                {team.name}
                <span className="font-normal text-muted">({cards.length})</span>
              </h4>
              {cards.length === 0 ? <p className="text-sm text-muted">No cards yet.</p> : null}
              <ul className="space-y-2">
                {cards.map((card) => {
                  const hidden = wanted.get(card.id) ?? card.hidden;
                  return (
                    <li key={card.id}>
                      <CardView
                        size="console"
                        text={card.text}
                        author={authorName(state, card.authorId)}
                        accent={accent}
                        dimmed={hidden}
                        status={hidden ? "hidden" : undefined}
                      >
                        <button
                          type="button"
                          className={`${button.secondary} min-h-9 px-3 py-1 text-sm`}
                          onClick={() => send({ type: "card.setHidden", cardId: card.id, hidden: !hidden })}
                        >
                          {hidden ? "Unhide" : "Hide"}
                        </button>
                      </CardView>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
