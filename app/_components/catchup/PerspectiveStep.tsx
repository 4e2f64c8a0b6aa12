"use client";

import { useT } from "@/lib/client/i18n";
import { useDraft } from "@/lib/client/useDraft";
import { LIMITS } from "@/lib/domain/limits";
import { button, field } from "../shared/ui";
import { SendButton } from "./SendButton";
import { cardsToSend, emptyPerspective, restorePerspective, type DraftCard as Card, type PerspectiveDraft } from "./stepDrafts";
import { teamName, type StepProps } from "./stepProps";

function CardColumn({ about, column, draft, onChange }: { about: Card["about"]; column: Card["column"]; draft: PerspectiveDraft; onChange: (draft: PerspectiveDraft) => void }) {
  const t = useT("catchup");
  const p = useT("perspective");
  const box = `${about}:${column}` as const;
  const typed = draft.typing[box] ?? "";
  const mine = draft.cards.filter((c) => c.about === about && c.column === column);
  // An emptied box leaves nothing behind in the draft.
  const typing = (text: string) => {
    const { [box]: _, ...others } = draft.typing;
    return text ? { ...others, [box]: text } : others;
  };
  const add = () => {
    if (!typed.trim()) return;
    onChange({ cards: [...draft.cards, { about, column, text: typed.trim() }], typing: typing("") });
  };
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">{column === "strengths" ? p("strengths") : p("challenges")}</h3>
      <ul className="space-y-1">
        {mine.map((c) => (
          <li key={c.text} className="flex items-start justify-between gap-2 rounded-lg bg-brand-soft p-2">
            <span className="wrap-anywhere">{c.text}</span>
            <button type="button" className={`${button.quiet} shrink-0`} onClick={() => onChange({ ...draft, cards: draft.cards.filter((x) => x !== c) })}>
              {t("remove")}
            </button>
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <input
          value={typed}
          onChange={(e) => onChange({ ...draft, typing: typing(e.target.value) })}
          onKeyDown={(e) => e.key === "Enter" && add()}
          maxLength={LIMITS.cardText}
          placeholder={t("cardPlaceholder")}
          aria-label={`${column === "strengths" ? p("strengths") : p("challenges")}`}
          className={field}
        />
        <button type="button" onClick={add} className={`${button.secondary} shrink-0 px-4`}>
          {t("addCard")}
        </button>
      </div>
    </div>
  );
}

/** In their shoes: they write as the other team (and about their own) before they see the mirror. */
export function PerspectiveStep({ view, teams, busy, draftKey, onSend }: StepProps<"perspective">) {
  const t = useT("catchup");
  const [draft, setDraft] = useDraft(draftKey, emptyPerspective, restorePerspective);
  const box = (about: Card["about"], column: Card["column"]) => <CardColumn about={about} column={column} draft={draft} onChange={setDraft} />;
  return (
    <div className="space-y-6">
      <section className="space-y-3">
        <h2 className="text-xl font-bold wrap-anywhere">{t("writeAs", { team: teamName(teams, view.writesAsTeamId) })}</h2>
        <p>{t("writeAsHint")}</p>
        {box("other", "strengths")}
        {box("other", "challenges")}
      </section>
      <section className="space-y-3">
        <h2 className="text-xl font-bold">{t("writeOwn")}</h2>
        {box("own", "strengths")}
        {box("own", "challenges")}
      </section>
      <SendButton busy={busy} onClick={() => onSend({ kind: "perspective", cards: cardsToSend(draft) })} />
    </div>
  );
}
