import { describe, expect, it } from "vitest";
import type { Card, Team } from "@/lib/domain";
import { cardRows, type CardRow } from "@/app/_components/cards/cardRows";
import type { ColumnGroup } from "@/app/_components/cards/grouping";
import type { PendingCardWork } from "@/app/_components/cards/pendingCards";
import { aCard } from "../../helpers/domain";

const sales: Team = { id: "t1", name: "Sales" };
const it_: Team = { id: "t2", name: "IT" };
const card = (id: string, teamId: string, column: string | null = null): Card => aCard(id, 1, { teamId, column });
const nothing: PendingCardWork = { added: [], edits: new Map(), deletes: new Set() };
const me = { id: "p1", teamId: "t1" };
const mine = (id: string, column: string | null = null): Card => aCard(id, 1, { authorId: "p1", column });

/** A row as a short string: what a reader would see, in order; " ." ends a group. */
const line = (row: CardRow) => {
  switch (row.kind) {
    case "column":
      return `# ${row.label}`;
    case "mine":
      return `## Yours (${row.count})`;
    case "team":
      return `## ${row.team.name} (${row.count})`;
    case "card":
      return `${row.card.id}${row.last ? " ." : ""}`;
    case "sending":
      return `sending ${row.text}${row.last ? " ." : ""}`;
    case "empty":
      return "(nothing)";
  }
};

describe("cardRows", () => {
  it("lists each team with cards, its cards in order, and marks each group's last row", () => {
    const groups: ColumnGroup[] = [{ column: null, teams: [{ team: sales, cards: [card("c1", "t1"), card("c3", "t1")] }, { team: it_, cards: [card("c2", "t2")] }] }];
    expect(cardRows(groups, nothing, me).map(line)).toEqual(["## Sales (2)", "c1", "c3 .", "## IT (1)", "c2 ."]);
  });

  it("puts my own cards first, then what I am sending, and leaves them out of my team's group", () => {
    const groups: ColumnGroup[] = [{ column: null, teams: [{ team: sales, cards: [card("c1", "t1"), mine("c2"), card("c3", "t1")] }, { team: it_, cards: [card("c4", "t2")] }] }];
    const sending: PendingCardWork = { ...nothing, added: [{ id: "k1", text: "Next", column: null }] };
    expect(cardRows(groups, sending, me).map(line)).toEqual(["## Yours (2)", "c2", "sending Next .", "## Sales (2)", "c1", "c3 .", "## IT (1)", "c4 ."]);
  });

  it("leaves out a team with no cards but mine", () => {
    const groups: ColumnGroup[] = [{ column: null, teams: [{ team: sales, cards: [mine("c1")] }, { team: it_, cards: [card("c2", "t2")] }] }];
    expect(cardRows(groups, nothing, me).map(line)).toEqual(["## Yours (1)", "c1 .", "## IT (1)", "c2 ."]);
  });

  it("heads each column, says when one is empty, and puts mine in their own column", () => {
    const groups: ColumnGroup[] = [
      { column: { id: "now", label: "What changes" }, teams: [{ team: sales, cards: [mine("c1", "now")] }, { team: it_, cards: [card("c2", "t2", "now")] }] },
      { column: { id: "us", label: "What it means for us" }, teams: [{ team: sales, cards: [] }, { team: it_, cards: [] }] },
    ];
    expect(cardRows(groups, nothing, me).map(line)).toEqual(["# What changes", "## Yours (1)", "c1 .", "## IT (1)", "c2 .", "# What it means for us", "(nothing)"]);
    const sending: PendingCardWork = { ...nothing, added: [{ id: "k1", text: "Ours", column: "us" }] };
    expect(cardRows(groups, sending, me).map(line).slice(-2)).toEqual(["## Yours (1)", "sending Ours ."]);
  });

  it("gives every row a key of its own, the same for the same card however the list grows", () => {
    const one: ColumnGroup[] = [{ column: null, teams: [{ team: sales, cards: [card("c1", "t1")] }, { team: it_, cards: [card("c2", "t2")] }] }];
    const two: ColumnGroup[] = [{ column: null, teams: [{ team: sales, cards: [card("c1", "t1"), card("c3", "t1")] }, { team: it_, cards: [card("c2", "t2")] }] }];
    const keys = cardRows(two, nothing, me).map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    const before = cardRows(one, nothing, me).find((r) => r.kind === "card" && r.card.id === "c2")?.key;
    expect(keys).toContain(before);
  });
});
