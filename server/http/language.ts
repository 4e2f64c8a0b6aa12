import type { IncomingMessage } from "node:http";
import { isLanguage, matchLanguage, parseAcceptLanguage, type Language } from "@/lib/i18n/languages";

/**
 * The language a request asks for: `?lang=` when it names one Onside speaks, else the browser's
 * (Accept-Language), else English.
 */
export function requestLanguage(req: IncomingMessage, searchParams?: URLSearchParams): Language {
  const asked = searchParams?.get("lang");
  if (isLanguage(asked)) return asked;
  return matchLanguage(parseAcceptLanguage(req.headers["accept-language"])) ?? "en";
}
