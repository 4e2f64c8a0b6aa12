"use client";

import type { FormEvent } from "react";
import { LIMITS } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import { useDraft } from "@/lib/client/useDraft";
import { button } from "../../shared/ui";
import { TextWithCounter } from "./TextWithCounter";

/** Saying, for one's team, what is really behind a belief. The draft survives a reload. */
export function ReplyForm({
  draftKey,
  teamName,
  onSend,
  onCancel,
}: {
  draftKey: string;
  teamName: string;
  onSend: (text: string) => void;
  onCancel: () => void;
}) {
  const t = useT("beliefs");
  const [text, setText] = useDraft(draftKey);
  const trimmed = text.trim();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!trimmed) return;
    onSend(trimmed);
    setText("");
  }

  return (
    <form onSubmit={submit} className="w-full space-y-2 rounded-lg border-2 border-brand bg-surface p-3">
      <TextWithCounter
        label={t("replyFor", { team: teamName })}
        hint={t("replyHint")}
        value={text}
        onChange={setText}
        max={LIMITS.replyText}
        autoFocus
      />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={!trimmed} className={button.primary}>
          {t("sendReply")}
        </button>
        <button type="button" onClick={onCancel} className={button.secondary}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
