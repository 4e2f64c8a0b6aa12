import { authorName, cardsByTeam, type WorkshopState } from "@/lib/domain";
import { teamColor } from "../shared/teamColor";
import { WallColumn } from "./WallColumn";

/** The live cards of a phase on the projector: one column per team, readable from the back row. */
export function CardsWall({ state, phaseId }: { state: WorkshopState; phaseId: string }) {
  const groups = cardsByTeam(state, phaseId);
  return (
    <div
      aria-live="polite"
      className="grid min-h-0 flex-1 grid-rows-[auto_minmax(0,1fr)] gap-x-[1.2vw] px-[2vw] pb-[2vh]"
      style={{ gridTemplateColumns: `repeat(${Math.max(1, groups.length)}, minmax(0, 1fr))` }}
    >
      {groups.map(({ team, cards }) => (
        <WallColumn
          key={team.id}
          team={team.name}
          accent={teamColor(state.teams, team.id)}
          cards={cards.map((card) => ({ id: card.id, text: card.text, author: authorName(state, card.authorId) }))}
        />
      ))}
    </div>
  );
}
