"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from "react";
import {
  explain,
  explainError,
  explainIssue,
  LANGUAGE_COOKIE,
  ROOM_LANGUAGE_COOKIE,
  translator,
  type Area,
  type Explainable,
  type ExplainableIssue,
  type Language,
  type Messages,
  type Translate,
} from "@/lib/i18n";

interface I18n {
  lang: Language;
  messages: Messages;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * The page's language and its catalogue, both chosen by the server render (app/layout.tsx), so a
 * phone downloads one language's words, inside the page, and the first paint is already right.
 */
export function I18nProvider({ lang, messages, children }: I18n & { children: ReactNode }) {
  const value = useMemo(() => ({ lang, messages }), [lang, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useT() outside <I18nProvider>: the root layout provides it");
  return i18n;
}

/** `const t = useT("phone"); t("post")`, `t("cards", { count: 3 })`. */
export function useT<A extends Area>(area: A): Translate<A> {
  const { lang, messages } = useI18n();
  return useMemo(() => translator(lang, messages, area), [lang, messages, area]);
}

export const useLanguage = (): Language => useI18n().lang;

/** Words refusals in the page's language: `e.error(refused)`, `e.issue(fieldProblem)`. */
export interface Explain {
  error(body: Explainable & { issues?: readonly ExplainableIssue[] }): string;
  /** A field's problem shown beside its field. */
  field(issue: Explainable): string;
  /** A problem in a list, named by its field or path. */
  issue(issue: ExplainableIssue): string;
}

export function useExplain(): Explain {
  const { lang, messages } = useI18n();
  return useMemo(
    () => ({
      error: (body) => explainError(lang, messages, body),
      field: (issue) => explain(lang, messages, issue),
      issue: (issue) => explainIssue(lang, messages, issue),
    }),
    [lang, messages],
  );
}

const YEAR = 60 * 60 * 24 * 365;
const setCookie = (name: string, value: string) => {
  document.cookie = `${name}=${value}; path=/; max-age=${YEAR}; samesite=lax`;
};
const readCookie = (name: string) =>
  document.cookie
    .split("; ")
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);

/**
 * Switch this person's language. The server renders the page again in it; the page's own state
 * (a draft, the socket, the phase) stays, as a refresh keeps client state.
 */
export function useChooseLanguage(): (lang: Language) => void {
  const router = useRouter();
  return useCallback(
    (lang: Language) => {
      setCookie(LANGUAGE_COOKIE, lang);
      router.refresh();
    },
    [router],
  );
}

/**
 * The workshop's default language, set by its facilitator: shown to everyone who has not chosen
 * their own. Remembered for this browser, so the next visit opens in it straight away.
 */
export function useRoomLanguage(roomLanguage: Language | undefined) {
  const router = useRouter();
  const lang = useLanguage();
  useEffect(() => {
    if (!roomLanguage || readCookie(LANGUAGE_COOKIE)) return;
    if (readCookie(ROOM_LANGUAGE_COOKIE) === roomLanguage && lang === roomLanguage) return;
    setCookie(ROOM_LANGUAGE_COOKIE, roomLanguage);
    if (lang !== roomLanguage) router.refresh();
  }, [roomLanguage, lang, router]);
}
