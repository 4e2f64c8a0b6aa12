"use client";

import { useId, useState, type FormEvent } from "react";
import { useLanguage, useT } from "@/lib/client/i18n";
import { LIMITS } from "@/lib/domain/limits";
import { formatDate } from "@/lib/i18n/format";
import { button, field, label } from "../shared/ui";
import type { Invite } from "./catchUpApi";

/** The first screen of a catch-up link: what it is, the team the link is for, a name. */
export function JoinCatchUp({ invite, busy, onJoin }: { invite: Invite; busy: boolean; onJoin: (name: string) => void }) {
  const t = useT("catchup");
  const lang = useLanguage();
  const [name, setName] = useState("");
  const [missing, setMissing] = useState(false);
  const id = useId();
  function submit(e: FormEvent) {
    e.preventDefault();
    setMissing(!name.trim());
    if (name.trim()) onJoin(name.trim());
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <h1 className="text-2xl font-bold wrap-anywhere">{invite.title}</h1>
      <p className="text-lg font-semibold">{t("welcome")}</p>
      <p>{t("welcomeHint")}</p>
      <p className="font-semibold wrap-anywhere">{t("yourTeam", { team: invite.team })}</p>
      <p className="text-muted">{t("until", { date: formatDate(lang, invite.deadline, { dateStyle: "long" }) })}</p>
      <div className="space-y-2">
        <label htmlFor={id} className={label}>
          {t("yourName")}
        </label>
        <input
          id={id}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={LIMITS.participantName}
          autoComplete="given-name"
          aria-invalid={missing || undefined}
          className={`${field} py-3 text-xl`}
        />
        {missing ? <p className="font-semibold text-danger">{t("nameMissing")}</p> : null}
      </div>
      <button type="submit" disabled={busy} className={`${button.primary} w-full py-3 text-lg`}>
        {busy ? t("starting") : t("start")}
      </button>
    </form>
  );
}
