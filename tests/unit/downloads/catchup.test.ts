import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { buildReport } from "@/lib/domain/report";
import { agreementsCsv } from "@/server/downloads/csv";
import { agreementsMarkdown } from "@/server/downloads/markdown";
import { T0, facilitator, goto, hash, join, must, workshop, SALES_AGREEMENT } from "../domain/fixtures";

const FIELDS = SALES_AGREEMENT;

/** Alice in the room endorses the agreement; Dana catches up and raises a concern; Erik says he's in. */
function caughtUp() {
  let s = join(workshop(), "Alice", "t1", 1).state;
  s = goto(s, "agreements");
  const a = must(s, { type: "agreement.create", phaseId: "agreements", fields: FIELDS }, facilitator);
  s = must(a.state, { type: "agreement.endorse", agreementId: a.id, endorsed: true }, { role: "participant", participantId: "p2" }).state;
  s = must(s, { type: "catchup.open", deadline: T0 + 1e9, phaseIds: ["agreements"] }, facilitator).state;
  for (const [n, name, answer] of [[1, "Dana", { answer: "concern", text: "Not on Fridays" }], [2, "Erik", { answer: "in" }]] as const) {
    const j = must(s, { type: "catchup.join", name, tokenHash: hash(500 + n) }, { role: "catchup", teamId: "t2", participantId: null });
    s = must(j.state, { type: "catchup.submit", phaseId: "agreements", input: { kind: "agreements", responses: { [a.id]: answer } } }, { role: "catchup", teamId: "t2", participantId: j.id }).state;
  }
  return s;
}

describe("catch-up in the report and the CSV", () => {
  test("the report counts the room and the catch-up apart, and names no catch-up participant", () => {
    const report = buildReport(caughtUp());
    expect(report.agreements[0]).toMatchObject({ endorsements: 1, caughtUp: { imIn: 1, concerns: 1 } });
    expect(report.catchUp).toMatchObject({ inTheRoom: 1, caughtUp: 2 });
    expect(JSON.stringify(report)).not.toMatch(/Dana|Erik|Not on Fridays/);
  });

  test("the CSV has catch-up columns beside the room's I'm in", () => {
    const rows = parse(agreementsCsv(buildReport(caughtUp()), "en"), { bom: true }) as string[][];
    const header = rows[0]!;
    const row = rows[1]!;
    expect(row[header.indexOf("I'm in")]).toBe("1");
    expect(row[header.indexOf("I'm in (catch-up)")]).toBe("1");
    expect(row[header.indexOf("Concerns (catch-up)")]).toBe("1");
  });

  test("the Markdown (and so the PDF and calendar, which share its lines) counts the catch-up apart", () => {
    const md = agreementsMarkdown(buildReport(caughtUp()), "nl");
    expect(md).toContain("**Ik doe mee (ingehaald):** 1");
    expect(md).not.toMatch(/Dana|Erik|Not on Fridays/);
  });

  test("the catch-up's pulse shows as a mean per phase and question, apart from the room's", () => {
    let s = join(workshop(), "Alice", "t1", 1).state;
    s = must(s, { type: "catchup.open", deadline: T0 + 1e9, phaseIds: ["check-in", "check-out"] }, facilitator).state;
    const roomOnly = buildReport(s).pulse;
    for (const [n, value] of [[1, 2], [2, 4]] as const) {
      const j = must(s, { type: "catchup.join", name: `P${n}`, tokenHash: hash(600 + n) }, { role: "catchup", teamId: "t2", participantId: null });
      const me = { role: "catchup", teamId: "t2", participantId: j.id } as const;
      s = must(j.state, { type: "catchup.submit", phaseId: "check-in", input: { kind: "pulse", answers: { "they-understand": value, "i-understand": 5 } } }, me).state;
    }
    const report = buildReport(s);
    expect(report.catchUp?.pulse).toEqual([
      { phase: "Check-in", question: "How well do the other teams understand our work?", mean: 3, answers: 2 },
      { phase: "Check-in", question: "How well do I understand the work of the other teams?", mean: 5, answers: 2 },
    ]);
    // The room's own pulse is as it was: the catch-up's answers are not mixed into it.
    expect(report.pulse).toEqual(roomOnly);
  });

  test("a workshop without a catch-up keeps its CSV as it was", () => {
    const s = goto(join(workshop(), "Alice", "t1", 1).state, "agreements");
    const csv = agreementsCsv(buildReport(must(s, { type: "agreement.create", phaseId: "agreements", fields: FIELDS }, facilitator).state), "en");
    expect(csv).not.toContain("catch-up");
  });
});
