import { cookies, headers } from "next/headers";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import {
  LANGUAGE_COOKIE,
  matchLanguage,
  parseAcceptLanguage,
  pickLanguage,
  ROOM_LANGUAGE_COOKIE,
  translator,
  type Area,
  type Language,
} from "@/lib/i18n";

/** The language of this request: the person's choice, the last workshop's default, the browser's. */
export async function requestLanguage(): Promise<Language> {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  return pickLanguage(
    jar.get(LANGUAGE_COOKIE)?.value,
    jar.get(ROOM_LANGUAGE_COOKIE)?.value,
    matchLanguage(parseAcceptLanguage(head.get("accept-language"))),
  );
}

/** For server components: `const t = await serverT("home")`. */
export async function serverT<A extends Area>(area: A) {
  const lang = await requestLanguage();
  return translator(lang, CATALOGUES[lang], area);
}
