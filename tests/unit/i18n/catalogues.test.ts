import { describe, expect, it } from "vitest";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import { LANGUAGES, matchLanguage, parseAcceptLanguage, pickLanguage, translate } from "@/lib/i18n";

type Tree = { [key: string]: unknown };

/** Every leaf of a catalogue as "area.key" (plural forms as "area.key.one"), with its value. */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value as Tree, path)) out.set(k, v);
  }
  return out;
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  const english = leaves(CATALOGUES.en);

  it.each(LANGUAGES.filter((l) => l !== "en"))("%s has every English key, and no other", (lang) => {
    const theirs = leaves(CATALOGUES[lang]);
    const required = [...english.keys()].filter((k) => !k.endsWith(".zero"));
    expect([...required].filter((k) => !theirs.has(k))).toEqual([]);
    expect([...theirs.keys()].filter((k) => !english.has(k) && !k.endsWith(".zero") && !k.endsWith(".one"))).toEqual([]);
  });

  it.each(LANGUAGES)("%s fills every message, with the placeholders English uses", (lang) => {
    for (const [key, text] of leaves(CATALOGUES[lang])) {
      expect(text.trim(), key).not.toBe("");
      const source = english.get(key) ?? english.get(key.replace(/\.(zero|one)$/, ".other"));
      // A singular may spell its count out ("one card"); every other form keeps English's placeholders.
      if (source !== undefined && !key.endsWith(".one") && !key.endsWith(".zero"))
        expect(placeholders(text), key).toEqual(placeholders(source));
    }
  });
});

describe("choosing a language", () => {
  it("reads Accept-Language in order of preference", () => {
    expect(parseAcceptLanguage("en;q=0.5, nl-BE, fr;q=0.8")).toEqual(["nl-BE", "fr", "en"]);
    expect(matchLanguage(parseAcceptLanguage("fr-FR, nn;q=0.9, en;q=0.1"))).toBe("nb");
    expect(matchLanguage(["de"])).toBeNull();
  });

  it("takes the first supported candidate, else English", () => {
    expect(pickLanguage(undefined, "xx", "nl")).toBe("nl");
    expect(pickLanguage(null, undefined)).toBe("en");
  });

  it("fills placeholders, formats numbers and picks plural forms per language", () => {
    const messages = { ...CATALOGUES.en, common: { ...CATALOGUES.en.common, test: { one: "{count} card", other: "{count} cards" } } };
    expect(translate("en", messages, "common", "test", { count: 1 })).toBe("1 card");
    expect(translate("en", messages, "common", "test", { count: 1200 })).toBe("1,200 cards");
    expect(translate("nl", messages, "common", "test", { count: 1200 })).toBe("1.200 cards");
    expect(translate("en", messages, "common", "missing")).toBe("common.missing");
  });
});
