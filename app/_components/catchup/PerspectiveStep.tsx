"use client";

import { useState } from "react";
import { useT } from "@/lib/client/i18n";
import { LIMITS } from "@/lib/domain/limits";
import { button, field } from "../shared/ui";
import { SendButton } from "./SendButton";
import { teamName, type StepProps } from "./stepProps";

type Card = { about: "other" | "own"; column: "strengths" | "challenges"; text: string };

function CardColumn({ about, column, cards, onChange }: { about: Card["about"]; column: Card["column"]; cards: Card[]; onChange: (cards: Card[]) => void }) {
  const t = useT("catchup");
  const p = useT("perspective");
  const [draft, setDraft] = useState("");
  const mine = cards.filter((c) => c.about === about && c.column === column);
  const add = () => {
    if (!draft.trim()) return;
    onChange([...cards, { about, column, text: draft.trim() }]);
    setDraft("");
  };
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">{column === "strengths" ? p("strengths") : p("challenges")}</h3>
      <ul className="space-y-1">
        {mine.map((c) => (
          <li key={c.text} className="flex items-start justify-between gap-2 rounded-lg bg-brand-soft p-2">
            <span className="wrap-anywhere">{c.text}</span>
            <button type="button" className={`${button.quiet} shrink-0`} onClick={() => onChange(cards.filter((x) => x !== c))}>
              {t("remove")}
            </button>
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <input
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
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
export function PerspectiveStep({ view, teams, busy, onSend }: StepProps<"perspective">) {
  const t = useT("catchup");
  const [cards, setCards] = useState<Card[]>([]);
  return (
    <div className="space-y-6">
      <section className="space-y-3">
        <h2 className="text-xl font-bold wrap-anywhere">{t("writeAs", { team: teamName(teams, view.writesAsTeamId) })}</h2>
        <p>{t("writeAsHint")}</p>
        <CardColumn about="other" column="strengths" cards={cards} onChange={setCards} />
        <CardColumn about="other" column="challenges" cards={cards} onChange={setCards} />
      </section>
      <section className="space-y-3">
        <h2 className="text-xl font-bold">{t("writeOwn")}</h2>
        <CardColumn about="own" column="strengths" cards={cards} onChange={setCards} />
        <CardColumn about="own" column="challenges" cards={cards} onChange={setCards} />
      </section>
      <SendButton busy={busy} onClick={() => onSend({ kind: "perspective", cards })} />
    </div>
  );
}
