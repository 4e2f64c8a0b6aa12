import type { Card, Team } from "@/lib/domain";
import type { ColumnGroup } from "./grouping";
import type { PendingCardWork } from "./pendingCards";

/**
 * From how many cards a phone's list is drawn a screenful at a time (LongCardList.tsx) instead
 * of whole. A room of forty posting five cards each stays under it, every card in the page (the
 * browser's find and a screen reader's list reach them all); a kick-off of 2,000 goes over it
 * within its first second, and drawn whole, each of its flushes re-laid out thousands of cards.
 */
export const LONG_LIST = 250;

/** One line of a phone's long card list, in reading order: what LongCardList draws one by one. */
export type CardRow =
  | { kind: "column"; key: string; label: string }
  | { kind: "mine"; key: string; count: number }
  | { kind: "team"; key: string; team: Team; count: number }
  | { kind: "card"; key: string; card: Card; team: Team; last: boolean }
  | { kind: "sending"; key: string; text: string; team: Team; last: boolean }
  | { kind: "empty"; key: string };

/**
 * The rows of a long card list: each column's heading (if the phase has columns), then my own
 * cards and what I sent that the server has not confirmed yet, then each other team with cards, in
 * posting order. Mine come first: among a kick-off's thousand cards of my team, they would be
 * pages down, and they are the ones I can edit. `last` marks the last card of a heading's group,
 * which keeps the space before the next heading.
 */
export function cardRows(groups: readonly ColumnGroup[], work: PendingCardWork, me: { id: string; teamId: string }): CardRow[] {
  const rows: CardRow[] = [];
  const endGroup = () => {
    const end = rows.at(-1);
    if (end?.kind === "card" || end?.kind === "sending") end.last = true;
  };
  for (const { column, teams } of groups) {
    const at = column?.id ?? "";
    if (column) rows.push({ kind: "column", key: `column:${at}`, label: column.label });
    const myTeam = teams.find(({ team }) => team.id === me.teamId)?.team;
    const mine = teams.flatMap(({ team, cards }) => cards.filter((c) => c.authorId === me.id).map((card) => ({ card, team })));
    const sending = myTeam ? work.added.filter((a) => column === null || a.column === column.id) : [];
    if (mine.length + sending.length > 0) {
      rows.push({ kind: "mine", key: `mine:${at}`, count: mine.length + sending.length });
      for (const { card, team } of mine) rows.push({ kind: "card", key: `card:${card.id}`, card, team, last: false });
      for (const item of sending) rows.push({ kind: "sending", key: `sending:${item.id}`, text: item.text, team: myTeam!, last: false });
      endGroup();
    }
    for (const { team, cards } of teams) {
      const others = cards.filter((c) => c.authorId !== me.id);
      if (others.length === 0) continue;
      rows.push({ kind: "team", key: `team:${at}:${team.id}`, team, count: others.length });
      for (const card of others) rows.push({ kind: "card", key: `card:${card.id}`, card, team, last: false });
      endGroup();
    }
    if (column && rows.at(-1)?.kind === "column") rows.push({ kind: "empty", key: `empty:${at}` });
  }
  return rows;
}
