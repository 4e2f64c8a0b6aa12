import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";

/**
 * The PDF's typeface: Inter, embedded from an npm package so a fresh server without any system
 * fonts makes the same PDF. It covers Latin with all its accents (Dutch, Norwegian, Polish,
 * Turkish, …), Greek and Cyrillic, and the arrows and punctuation the labels use. Resolved from
 * the package rather than a path relative to this file, so it is found from `node --import tsx`
 * and from the test runner alike.
 */

const require = createRequire(import.meta.url);

export interface PdfFont {
  data: Buffer;
  has(codePoint: number): boolean;
}

function load(file: string): PdfFont {
  const data = readFileSync(require.resolve(`@expo-google-fonts/inter/${file}`));
  const font = fontkit.create(data);
  if (!("hasGlyphForCodePoint" in font)) throw new Error(`${file} is a font collection, not a font`);
  return { data, has: (cp) => font.hasGlyphForCodePoint(cp) };
}

let fonts: { regular: PdfFont; bold: PdfFont } | undefined;

/** Read once, on the first PDF asked for. */
export function pdfFonts(): { regular: PdfFont; bold: PdfFont } {
  fonts ??= { regular: load("400Regular/Inter_400Regular.ttf"), bold: load("700Bold/Inter_700Bold.ttf") };
  return fonts;
}

/** Emoji and what builds them: joiners, variation selectors, skin tones, flags, keycaps. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u200D|\uFE0E|\uFE0F|\u20E3|[\u{1F3FB}-\u{1F3FF}]|[\u{E0020}-\u{E007F}]/u;

/**
 * Text the font can draw. A character it lacks would be an empty box or nothing at all, silently
 * changing what was written, so instead:
 * - emoji are left out (with the space they leave doubled), since they decorate rather than say;
 * - an accented letter the font lacks falls back to its base letter(s) (NFKD without the marks);
 * - anything else becomes "?", so the reader sees that something was there.
 * Line breaks become LF; other control characters are dropped.
 */
export function printable(text: string, font: PdfFont): string {
  let out = "";
  for (const ch of text.replace(/\r\n?/g, "\n")) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === "\n" || ch === " ") out += ch;
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) out += ch === "\t" ? " " : "";
    else if (font.has(cp)) out += ch;
    else if (EMOJI.test(ch)) continue;
    else out += fallback(ch, font);
  }
  // Where an emoji stood between two words, one space is enough.
  return out.replace(/ {2,}/g, " ").replace(/ +\n/g, "\n");
}

function fallback(ch: string, font: PdfFont): string {
  const base = [...ch.normalize("NFKD")].filter((c) => !/\p{M}/u.test(c));
  return base.length > 0 && base.every((c) => font.has(c.codePointAt(0) ?? 0)) ? base.join("") : "?";
}
