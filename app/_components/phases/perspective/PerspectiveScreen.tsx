"use client";

import { useT } from "@/lib/client/i18n";
import { PERSPECTIVE_COLUMNS, controlOf, type WorkshopState } from "@/lib/domain";
import { isPrivateNow } from "@/lib/domain/features/cards/visibility";
import { mirrors, perspectiveProgress } from "@/lib/domain/features/perspective/selectors";
import { CardView } from "../../cards/CardView";
import { teamColor } from "../../shared/teamColor";
import type { ScreenPhaseProps } from "../types";
import { useByline } from "./cardMeta";

/**
 * "In their shoes" on the projector. Before the reveal it never holds the cards (the server does
 * not send them), so it shows who writes as which team and how many are done; after, every card
 * by the team it is about.
 */
export function PerspectiveScreen({ state, phase }: ScreenPhaseProps<"perspective">) {
  return isPrivateNow(state, phase.id) ? <Progress state={state} phaseId={phase.id} /> : <Revealed state={state} phaseId={phase.id} />;
}

function Progress({ state, phaseId }: { state: WorkshopState; phaseId: string }) {
  const t = useT("perspective");
  const teams = perspectiveProgress(state, phaseId);
  const people = Object.values(state.participants).filter((p) => !p.removed);
  const done = new Set(controlOf(state, phaseId).done);
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-[3vh]">
      <p aria-live="polite" className="text-[clamp(1.3rem,2.4vw,3rem)]">
        {t("writingPrivately")}{" "}
        <span className="font-bold tabular-nums">{t("doneOf", { done: people.filter((p) => done.has(p.id)).length, of: people.length })}</span>{" "}
        {t("done")}
      </p>
      <ul className="grid auto-rows-min gap-[1.5vw]" style={{ gridTemplateColumns: `repeat(${Math.min(4, Math.max(1, teams.length))}, minmax(0, 1fr))` }}>
        {teams.map(({ team, writers }) => (
          <li
            key={team.id}
            className="space-y-[1vh] rounded-2xl border-t-[0.6vh] bg-surface px-[1.2vw] py-[2vh] shadow-sm"
            style={{ borderColor: teamColor(state.teams, team.id) }}
          >
            <h3 className="text-[clamp(1.2rem,2.2vw,2.75rem)] leading-tight font-bold wrap-anywhere">{team.name}</h3>
            <p className="text-[clamp(1rem,1.6vw,2rem)] text-muted">
              <span className="font-bold text-ink tabular-nums">{writers.length}</span> {t("writers", { count: writers.length })} {t("inItsShoes")}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Revealed({ state, phaseId }: { state: WorkshopState; phaseId: string }) {
  const t = useT("perspective");
  const byline = useByline();
  const teams = mirrors(state, phaseId);
  return (
    <div
      aria-live="polite"
      className="grid min-h-0 flex-1 gap-x-[1.2vw]"
      style={{ gridTemplateColumns: `repeat(${Math.max(1, teams.length)}, minmax(0, 1fr))` }}
    >
      {teams.map(({ team, others, self }) => {
        const accent = teamColor(state.teams, team.id);
        return (
          <section key={team.id} aria-label={t("about", { team: team.name })} className="flex min-h-0 flex-col gap-[1vh]">
            <h3
              className="border-b-4 pb-1 text-[clamp(1.1rem,1.7vw,2.25rem)] leading-tight font-bold wrap-anywhere"
              style={{ borderColor: accent }}
            >
              {team.name}
            </h3>
            <div tabIndex={0} className="min-h-0 flex-1 space-y-[1.5vh] overflow-y-auto">
              {PERSPECTIVE_COLUMNS.map((column) => {
                const cards = [...others[column.id], ...self[column.id]].sort((a, b) => a.seq - b.seq);
                return (
                  <section key={column.id} aria-label={`${team.name}: ${t(column.id)}`} className="space-y-[1vh]">
                    <h4 className="text-[clamp(0.9rem,1.2vw,1.5rem)] font-bold tracking-wide text-brand uppercase">
                      {t(column.id)} <span className="font-normal text-muted tabular-nums">({cards.length})</span>
                    </h4>
                    <ul className="space-y-[1vh]">
                      {cards.map((card) => (
                        <li key={card.id}>
                          <CardView size="screen" text={card.text} {...byline(state, card)} accent={teamColor(state.teams, card.teamId)} />
                        </li>
                      ))}
                    </ul>
                  </section>
                );
              })}
            </div>
          </section>
        );
      })}
    </div>
  );
}
