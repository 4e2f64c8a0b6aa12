import { authorName, mergedCounts, teamName, type Phase, type WorkshopState } from "@/lib/domain";
import { cardGroups } from "../cards/grouping";
import { teamColor } from "../shared/teamColor";
import { WallColumn, type WallCard } from "./WallColumn";

/**
 * The live cards of a phase on the projector, readable from the back row: one column per team,
 * or, in a phase with columns, one per column with the cards in team order.
 */
export function CardsWall({ state, phase }: { state: WorkshopState; phase: Phase }) {
  const groups = cardGroups(state, phase);
  const merged = mergedCounts(state);
  const wallCard = (card: WorkshopState["cards"][string]): WallCard => ({
    id: card.id,
    text: card.text,
    author: authorName(state, card.authorId),
    merged: merged.get(card.id) ?? 0,
    seq: card.seq,
  });

  const columns =
    groups.length === 1 && groups[0]?.column === null
      ? groups[0].teams.map(({ team, cards }) => ({
          key: team.id,
          team: team.name,
          accent: teamColor(state.teams, team.id),
          cards: cards.map(wallCard),
        }))
      : groups.map(({ column, teams }) => ({
          key: column?.id ?? "",
          team: column?.label ?? "",
          accent: "var(--color-brand)",
          cards: teams.flatMap(({ team, cards }) =>
            cards.map((card) => ({ ...wallCard(card), team: teamName(state, team.id), accent: teamColor(state.teams, team.id) })),
          ),
        }));

  return (
    <div
      aria-live="polite"
      className="grid min-h-0 flex-1 grid-rows-[auto_minmax(0,1fr)] gap-x-[1.2vw] px-[2vw] pb-[2vh]"
      style={{ gridTemplateColumns: `repeat(${Math.max(1, columns.length)}, minmax(0, 1fr))` }}
    >
      {columns.map(({ key, ...column }) => (
        <WallColumn key={key} {...column} />
      ))}
    </div>
  );
}
