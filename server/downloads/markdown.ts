import type { Report } from "@/lib/domain/report";
import type { Language } from "@/lib/i18n";
import { agreementFields, groupsOf, lines, wordsFor, workshopLine } from "./labels";

/**
 * The agreements as Markdown (CommonMark, and GitHub's flavour): `# Title`, the code and date, a
 * heading per kind, then a `###` section per agreement with its fields as a list. What people
 * typed is escaped so it reads exactly as typed wherever the file is rendered: `*bold*`,
 * `[link](x)` and `<script>` stay text, and a line break cannot start a heading, a list or a
 * code block of its own.
 */

/**
 * Characters that mean something anywhere in a line (`$` starts math on GitHub); escaped wherever
 * they appear. `&` only where it would start an entity such as `&amp;`.
 */
const ALWAYS = /[\\`*_[\]<>|~#$]|&(?=#?\w+;)/g;
/**
 * A list marker, or a line of `=` or `-` that would turn the line above into a heading: these
 * mean something only at the start of a line and followed by a space (or alone), so they are
 * escaped there only, and "-5%", "10.5%" and "e-mail" stay readable in the raw file.
 */
const LIST_MARKER = /^(\s*)([-+]|\d{1,9}(?=[.)]))(?=[.)]?(\s|$))/;
const UNDERLINE = /^(\s*)(?=(=+|-+)\s*$)/;

const escapeChar = (c: string) => `\\${c}`;

/** One line of user text, escaped. */
function escapeLine(line: string): string {
  return line
    .replace(ALWAYS, escapeChar)
    .replace(LIST_MARKER, (_m, space: string, mark: string) => (/^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`))
    .replace(UNDERLINE, (space: string) => `${space}\\`);
}

/** User text on a single line (a heading): line breaks become spaces. */
export function escapeInline(text: string): string {
  return escapeLine(
    lines(text)
      .map((l) => l.trim())
      .filter((l) => l !== "")
      .join(" "),
  );
}

/**
 * User text inside a list item: each line escaped, kept apart by a hard line break (a trailing
 * backslash) and indented to stay in the item. Empty lines are dropped: one would end the item.
 */
export function escapeBlock(text: string, indent: string): string {
  return lines(text)
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .map(escapeLine)
    .join(`\\\n${indent}`);
}

export function agreementsMarkdown(report: Report, lang?: Language): string {
  const { workshop } = report;
  const words = wordsFor(lang);
  const out: string[] = [`# ${escapeInline(workshop.title)}`, "", escapeInline(workshopLine(words, report)), ""];
  const groups = groupsOf(words, report);
  if (groups.length === 0) out.push(words.t("noAgreements"), "");
  let n = 0;
  for (const group of groups) {
    out.push(`## ${group.heading.replace(ALWAYS, escapeChar)}`, "");
    for (const a of group.agreements) {
      n += 1;
      out.push(`### ${n}. ${escapeInline(a.what)}`, "");
      for (const f of agreementFields(words, a)) out.push(`- **${f.label}:** ${escapeBlock(f.value, "  ")}`);
      out.push("");
    }
  }
  return out.join("\n");
}
