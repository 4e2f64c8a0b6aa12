"use client";

import type { ReactNode } from "react";
import { useT } from "@/lib/client/i18n";
import { PERSPECTIVE_COLUMNS, type Card, type WorkshopState } from "@/lib/domain";
import type { Side, TeamMirror } from "@/lib/domain/features/perspective/selectors";
import { CardView, type CardSize } from "../../cards/CardView";
import { teamColor } from "../../shared/teamColor";
import { useByline } from "../perspective/cardMeta";

const STYLE = {
  phone: { sides: "space-y-6", side: "space-y-3", title: "text-xl font-bold", columns: "space-y-4", column: "text-base", list: "space-y-2" },
  console: {
    sides: "grid gap-4 md:grid-cols-2",
    side: "space-y-3 rounded-lg border border-line p-3",
    title: "text-lg font-bold",
    columns: "space-y-3",
    column: "text-sm",
    list: "space-y-2",
  },
  screen: {
    sides: "grid min-h-0 flex-1 grid-cols-2 gap-[2vw]",
    side: "flex min-h-0 flex-col gap-[1vh] rounded-2xl bg-surface/60 px-[1vw] py-[1.5vh]",
    title: "text-[clamp(1.3rem,2.2vw,2.75rem)] leading-tight font-bold",
    columns: "grid min-h-0 flex-1 grid-cols-2 gap-[1vw]",
    column: "text-[clamp(1rem,1.4vw,1.75rem)]",
    list: "min-h-0 space-y-[1vh] overflow-y-auto",
  },
} as const;

/**
 * One team's mirror: how the others see it beside how it sees itself, each by column. The same
 * layout serves the phone (stacked), the console (side by side) and the projector (four lists).
 */
export function TeamSides({
  state,
  mirror,
  size,
  we = false,
  actions,
}: {
  state: WorkshopState;
  mirror: TeamMirror;
  size: CardSize;
  /** The viewer belongs to the team: "us" rather than its name. */
  we?: boolean;
  /** What goes under each card: reaction buttons, counts, moderation. */
  actions?: (card: Card) => ReactNode;
}) {
  const t = useT("mirror");
  const columns = useT("perspective");
  const byline = useByline();
  const s = STYLE[size];
  const team = mirror.team.name;
  const sides: { key: string; title: string; side: Side }[] = [
    { key: "others", title: we ? t("othersSeeUs") : t("othersSee", { team }), side: mirror.others },
    { key: "self", title: we ? t("weSeeOurselves") : t("teamSees", { team }), side: mirror.self },
  ];
  return (
    <div className={s.sides}>
      {sides.map(({ key, title, side }) => (
        <section key={key} aria-label={title} className={s.side}>
          <h3 className={s.title}>{title}</h3>
          <div className={s.columns}>
            {PERSPECTIVE_COLUMNS.map((column) => {
              const cards = side[column.id];
              return (
                <section key={column.id} aria-label={`${title}: ${columns(column.id)}`} className={size === "screen" ? "flex min-h-0 flex-col gap-[0.8vh]" : "space-y-2"}>
                  <h4 className={`${s.column} font-bold tracking-wide text-brand uppercase`}>
                    {columns(column.id)} <span className="font-normal text-muted tabular-nums">({cards.length})</span>
                  </h4>
                  {cards.length === 0 ? <p className={`${s.column} text-muted`}>{t("nothingWritten")}</p> : null}
                  <ul className={s.list} tabIndex={size === "screen" ? 0 : undefined}>
                    {cards.map((card) => (
                      <li key={card.id}>
                        <CardView size={size} text={card.text} {...byline(state, card)} accent={teamColor(state.teams, card.teamId)}>
                          {actions?.(card)}
                        </CardView>
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
}
