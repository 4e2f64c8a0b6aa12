"use client";

import { useT } from "@/lib/client/i18n";
import type { ReactionKind } from "@/lib/domain";
import type { ReactionCounts as Counts } from "@/lib/domain/features/perspective/selectors";

/** The two reactions; each kind names its button in the "mirror" catalogue, and `${kind}Count` its tally. */
export const REACTIONS: { kind: ReactionKind; icon: string }[] = [
  { kind: "recognised", icon: "✓" },
  { kind: "surprised", icon: "!" },
];

/** A phone's two reaction buttons on a card: mine filled; tapping it again takes it back. */
export function ReactionButtons({
  counts,
  mine,
  sending,
  onReact,
}: {
  counts: Counts;
  mine: ReactionKind | null;
  sending: boolean;
  onReact: (reaction: ReactionKind | null) => void;
}) {
  const t = useT("mirror");
  const common = useT("common");
  return (
    <div role="group" aria-label={t("yourReaction")} className="flex w-full flex-wrap items-center gap-2">
      {REACTIONS.map(({ kind, icon }) => {
        const chosen = mine === kind;
        return (
          <button
            key={kind}
            type="button"
            aria-pressed={chosen}
            onClick={() => onReact(chosen ? null : kind)}
            className={`inline-flex min-h-11 flex-1 items-center justify-center gap-2 rounded-lg border-2 px-3 py-1.5 font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-50 ${
              chosen ? "border-brand bg-brand text-white" : "border-line bg-surface text-ink hover:border-brand hover:bg-brand-soft"
            }`}
          >
            <span aria-hidden="true">{icon}</span>
            {t(kind)}
            <span className="tabular-nums opacity-80">{counts[kind]}</span>
          </button>
        );
      })}
      {sending ? <span className="w-full text-sm text-muted">{common("sending")}</span> : null}
    </div>
  );
}

/** The counts on a card, for the screen and the console. */
export function ReactionTally({ counts, size }: { counts: Counts; size: "console" | "screen" }) {
  const t = useT("mirror");
  const text = size === "screen" ? "text-[clamp(0.9rem,1.2vw,1.5rem)]" : "text-sm";
  return (
    // Each count stays whole ("2 recognised"); in a narrow card the second one moves to the next line.
    <p className={`${text} flex flex-wrap gap-x-[1em] text-muted`}>
      {REACTIONS.map(({ kind, icon }) => (
        <span key={kind} className={`whitespace-nowrap ${counts[kind] > 0 ? "font-semibold text-ink" : ""}`}>
          <span aria-hidden="true">{icon} </span>
          <span className="tabular-nums">{counts[kind]}</span> {t(`${kind}Count`)}
        </span>
      ))}
    </p>
  );
}
