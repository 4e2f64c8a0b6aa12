"use client";

import { useT } from "@/lib/client/i18n";
import { teamColor } from "../shared/teamColor";
import { WindowList } from "../shared/WindowList";
import { BackToComposer } from "./BackToComposer";
import { CardView } from "./CardView";
import type { CardRow } from "./cardRows";
import { PhoneCard, type PhoneCardContext } from "./PhoneCard";

/** Heights before measuring, close to a one-line card's and a heading's on a phone. */
const ESTIMATE: Record<CardRow["kind"], number> = { column: 56, mine: 32, team: 32, card: 104, sending: 104, empty: 44 };

/**
 * A phone's cards past LONG_LIST (cardRows.ts), a screenful at a time, my own first, then each
 * other team's, with a way back to the composer from deep in the list. Loaded only when a list
 * grows that long.
 */
export function LongCardList({ rows, context }: { rows: readonly CardRow[]; context: PhoneCardContext }) {
  const t = useT("phone");
  const common = useT("common");
  const { state, me } = context;
  // My own cards stay drawn: one being edited keeps its draft wherever the list is scrolled.
  const pinned = rows.flatMap((row, i) => (row.kind === "card" && row.card.authorId === me.id ? [i] : []));

  const render = (row: CardRow) => {
    switch (row.kind) {
      case "column":
        return <h3 className="mb-3 rounded-xl bg-surface/60 px-3 py-2 text-lg font-bold ring-1 ring-line">{row.label}</h3>;
      case "empty":
        return <p className="pb-6 text-sm text-muted">{t("nothingHereYet")}</p>;
      case "mine":
        return <Heading label={t("yourCards")} count={row.count} accent={teamColor(state.teams, me.teamId)} />;
      case "team":
        return <Heading label={row.team.name} count={row.count} accent={teamColor(state.teams, row.team.id)} />;
      case "card":
        return (
          <div className={row.last ? "pb-6" : "pb-2"}>
            <PhoneCard card={row.card} team={row.team.name} accent={teamColor(state.teams, row.team.id)} context={context} />
          </div>
        );
      case "sending":
        return (
          <div className={row.last ? "pb-6" : "pb-2"}>
            <CardView text={row.text} author={context.myName} team={row.team.name} accent={teamColor(state.teams, row.team.id)} status={common("sending")} />
          </div>
        );
    }
  };

  return (
    <>
      <WindowList rows={rows} estimate={(row) => ESTIMATE[row.kind]} pinned={pinned} render={render} />
      <BackToComposer />
    </>
  );
}

/** A group's heading, as the whole list draws a team's. */
function Heading({ label, count, accent }: { label: string; count: number; accent: string }) {
  return (
    <h4 className="flex items-center gap-2 pb-2 font-semibold">
      <span aria-hidden="true" className="size-3 shrink-0 rounded-full" style={{ background: accent }} />
      <span className="min-w-0">{label}</span>
      <span className="shrink-0 font-normal whitespace-nowrap text-muted">({count})</span>
    </h4>
  );
}
