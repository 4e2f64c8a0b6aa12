"use client";

import { useT } from "@/lib/client/i18n";
import type { PendingCommand } from "@/lib/client/outbox";
import type { Send } from "../types";
import { RevealButton } from "./RevealButton";

const TEXT = {
  phone: "rounded-xl border border-line bg-surface p-4 text-lg",
  screen: "rounded-2xl bg-surface px-[2vw] py-[3vh] text-[clamp(1.4rem,2.6vw,3.25rem)] text-center",
} as const;

/** Where a phase builds on private cards that are not revealed yet (the mirror, the wall). */
export function AwaitingReveal({ sourceTitle, size }: { sourceTitle: string; size: keyof typeof TEXT }) {
  const t = useT("perspective");
  return (
    <p role="status" className={TEXT[size]}>
      {t("awaiting", { title: sourceTitle })}
    </p>
  );
}

/** The console's version: the same, with the Reveal that unblocks it. */
export function AwaitingRevealConsole({
  sourceTitle,
  sourcePhaseId,
  pending,
  send,
}: {
  sourceTitle: string;
  sourcePhaseId: string;
  pending: readonly PendingCommand[];
  send: Send;
}) {
  const t = useT("perspective");
  const sending = pending.some((p) => p.command.type === "phase.reveal" && p.command.phaseId === sourcePhaseId);
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg border-2 border-warn bg-warn-soft p-3 text-warn-ink">
      <p className="min-w-0 flex-1">
        <span className="font-semibold">{t("stillPrivate", { title: sourceTitle })}</span>
        {t("stillPrivateHint")}
      </p>
      <RevealButton phaseId={sourcePhaseId} sending={sending} send={send} />
    </div>
  );
}
