"use client";

import { awaitingReveal, strengthsWall } from "@/lib/domain/features/perspective/selectors";
import { WallColumn } from "../../screen/WallColumn";
import { teamColor } from "../../shared/teamColor";
import { useSourceTitle } from "../mirror/source";
import { AwaitingReveal } from "../perspective/AwaitingReveal";
import { useByline } from "../perspective/cardMeta";
import type { ScreenPhaseProps } from "../types";
import { useWallQuestion } from "./question";

/** The strengths wall on the projector: one column per team, and the question that opens the brainstorm. */
export function StrengthsScreen({ state, phase }: ScreenPhaseProps<"strengths">) {
  const sourceTitle = useSourceTitle(state, phase);
  const question = useWallQuestion(phase);
  const { origin } = useByline();
  const source = phase.options.sourcePhaseId;
  if (awaitingReveal(state, source)) return <AwaitingReveal sourceTitle={sourceTitle} size="screen" />;
  const teams = strengthsWall(state, source);
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-[2vh]">
      <div
        aria-live="polite"
        className="grid min-h-0 flex-1 grid-rows-[auto_minmax(0,1fr)] gap-x-[1.2vw]"
        style={{ gridTemplateColumns: `repeat(${Math.max(1, teams.length)}, minmax(0, 1fr))` }}
      >
        {teams.map(({ team, cards }) => (
          <WallColumn
            key={team.id}
            team={team.name}
            accent={teamColor(state.teams, team.id)}
            cards={cards.map((card) => ({ id: card.id, text: card.text, author: origin(state, card) }))}
          />
        ))}
      </div>
      {question ? (
        <p className="text-center text-[clamp(1.75rem,3.4vw,4.25rem)] leading-tight font-bold text-brand">{question}</p>
      ) : null}
    </div>
  );
}
