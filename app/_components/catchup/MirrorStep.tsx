"use client";

import { useT } from "@/lib/client/i18n";
import type { CatchUpCard } from "@/lib/domain/features/catchup/view";
import { SendButton } from "./SendButton";
import { teamName, type StepProps } from "./stepProps";

function Cards({ title, cards }: { title: string; cards: CatchUpCard[] }) {
  const t = useT("catchup");
  return (
    <section className="space-y-2">
      <h3 className="font-semibold">{title}</h3>
      {cards.length === 0 ? <p className="text-muted">{t("nothingWritten")}</p> : null}
      <ul className="space-y-1">
        {cards.map((c, i) => (
          <li key={i} className="rounded-lg border border-line p-2 wrap-anywhere">
            {c.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The room's mirror of their own team: what others wrote about it beside how it sees itself. */
export function MirrorStep({ view, teams, busy, onSend }: StepProps<"mirror">) {
  const t = useT("catchup");
  return (
    <div className="space-y-6">
      <h2 className="text-xl font-bold wrap-anywhere">{t("mirrorTitle", { team: teamName(teams, view.teamId) })}</h2>
      {view.others === null ? (
        <p>{t("writeFirst")}</p>
      ) : (
        <>
          <Cards title={t("othersSee")} cards={view.others} />
          <Cards title={t("weSee")} cards={view.own} />
        </>
      )}
      <SendButton busy={busy} disabled={view.others === null} onClick={() => onSend({ kind: "mirror" })} />
    </div>
  );
}
