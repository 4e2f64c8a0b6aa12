import type { Language } from "./languages";
import { translate, type Messages, type Vars } from "./translate";

/** Anything the server or a form refused: English words, and the reason to word it anew. */
export interface Explainable {
  message: string;
  reason?: string;
  params?: Vars;
}
export interface ExplainableIssue extends Explainable {
  path: string;
}

const has = (messages: Messages, area: "errors" | "fields", key: string) => Object.hasOwn(messages[area], key);

/**
 * A refusal or a field's problem in the page's language, its `{field}` named as this language
 * names it. A reason this catalogue does not know (a newer server's) shows the English message.
 */
export function explain(lang: Language, messages: Messages, e: Explainable): string {
  if (!e.reason || !has(messages, "errors", e.reason)) return e.message;
  const params: Vars = { ...e.params };
  const field = params.field;
  if (typeof field === "string" && has(messages, "fields", field)) params.field = translate(lang, messages, "fields", field);
  return translate(lang, messages, "errors", e.reason, params);
}

/** One problem of a list: it names its field, or it is prefixed with the path it is about. */
export function explainIssue(lang: Language, messages: Messages, issue: ExplainableIssue): string {
  const text = explain(lang, messages, issue);
  const namesItsField = issue.reason !== undefined && typeof issue.params?.field === "string";
  return namesItsField || !issue.path ? text : `${issue.path}: ${text}`;
}

/** A whole refusal: its own reason, or (for input that did not pass a schema) its first problem. */
export function explainError(lang: Language, messages: Messages, body: Explainable & { issues?: readonly ExplainableIssue[] }): string {
  if (body.reason) return explain(lang, messages, body);
  const first = body.issues?.[0];
  return first?.reason ? explainIssue(lang, messages, first) : body.message;
}
