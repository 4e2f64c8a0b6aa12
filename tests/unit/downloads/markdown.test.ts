import MarkdownIt from "markdown-it";
import { describe, expect, test } from "vitest";
import { agreementFields, wordsFor } from "@/server/downloads/labels";
import { agreementsMarkdown } from "@/server/downloads/markdown";
import { AGREEMENTS, EMPTY_REPORT, FULL_REPORT, WORKSHOP } from "./fixtures";
import { expectGolden } from "./golden";

/** markdown-it, an independent CommonMark parser with GitHub's tables and strikethrough. */
const md = new MarkdownIt({ html: true, linkify: false });
type Token = ReturnType<typeof md.parse>[number];

/** What a reader sees of an inline run: its text, with hard breaks as line breaks. */
function seen(inline: Token): string {
  return (inline.children ?? []).map((t) => (t.type === "hardbreak" ? "\n" : t.type === "softbreak" ? " " : t.content)).join("");
}

/** Inline token types that would mean user text turned into markup. */
const MARKUP = new Set(["em_open", "strong_open", "link_open", "html_inline", "code_inline", "s_open", "image"]);

/** An inline run without the bold field label that starts it, if it has one: the part people typed. */
const typed = (inline: Token) => {
  const children = (inline.children ?? []).filter((c) => !(c.type === "text" && c.content === ""));
  return children[0]?.type === "strong_open" ? children.slice(3) : children;
};

/** What a person sees of a multi-line text: each non-empty line, trimmed. */
const asShown = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join("\n");

describe("agreements as Markdown", () => {
  const text = agreementsMarkdown(FULL_REPORT);
  const tokens = md.parse(text, {});
  const headings = (tag: string) =>
    tokens.flatMap((t, i) => (t.type === "heading_open" && t.tag === tag ? [seen(tokens[i + 1]!)] : []));

  test("matches its golden file byte for byte", () => {
    expectGolden("agreements.md", text);
  });

  test("starts with the workshop's title as its one top heading, then the code and date", () => {
    expect(text.startsWith("# ")).toBe(true);
    expect(headings("h1")).toEqual([WORKSHOP.title]);
    expect(text).toContain("Code ABC234 · 14 March 2025");
  });

  test("has a heading per kind and a section per agreement, in the report's order", () => {
    expect(headings("h2")).toEqual(["Agreements", "For the colleagues who weren't here"]);
    // A heading is one line: a line break in the what shows as a space there.
    expect(headings("h3")).toEqual(AGREEMENTS.map((a, i) => `${i + 1}. ${asShown(a.what).replace(/\n/g, " ")}`));
  });

  test("what people typed renders literally: no emphasis, link, HTML, code or table made of it", () => {
    expect(tokens.some((t) => t.type === "html_block" || t.type === "table_open" || t.type === "code_block" || t.type === "fence" || t.type === "blockquote_open" || t.type === "hr")).toBe(false);
    for (const t of tokens.filter((t) => t.type === "inline")) {
      const markup = typed(t).filter((c) => MARKUP.has(c.type));
      expect(markup, t.content).toEqual([]);
    }
    const html = md.render(text);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<a ");
    expect(html).not.toContain("<em>");
  });

  test("every field shows its text as typed, line breaks kept as line breaks", () => {
    const items = tokens.flatMap((t, i) => (t.type === "list_item_open" ? [seen(tokens[i + 2]!)] : []));
    const expected = AGREEMENTS.flatMap((a) => agreementFields(wordsFor("en"), a).map((f) => `${f.label}: ${asShown(f.value)}`));
    expect(items).toEqual(expected);
    // One list per agreement: a line break in a note never ends it or starts another block.
    expect(tokens.filter((t) => t.type === "bullet_list_open")).toHaveLength(AGREEMENTS.length);
  });

  test("shows the labelled fields the report shows", () => {
    expect(text).toContain("- **Owner:** Sanne de Vries (Sales)");
    expect(text).toContain("- **Buddy:** none");
    expect(text).toContain("- **Metric:** error reports: 10% → 5%");
    expect(text).toContain("- **Legal/audit check:** needed: Check with the DPO first.\\\n");
    expect(text).toContain("- **I'm in:** 7");
    expect(text).toContain("- **Status:** at risk");
    expect(text).toContain("- **Measured:** 7.5% (50% of the way to the target)");
    expect(text).toContain("- **Measured:** not measured yet");
    expect(text).toContain('- **Carried over from:** Voorjaarssessie "samen", 2024');
    expect(text).toContain("Audit signs off 🎉 before launch 👩🏽‍💻 ✅");
  });

  test("a workshop without agreements says there are none yet", () => {
    const empty = agreementsMarkdown(EMPTY_REPORT);
    expectGolden("empty.md", empty);
    const emptyTokens = md.parse(empty, {});
    expect(emptyTokens.filter((t) => t.type === "heading_open").map((t) => t.tag)).toEqual(["h1"]);
    expect(empty).toContain("No agreements yet.");
  });
});
