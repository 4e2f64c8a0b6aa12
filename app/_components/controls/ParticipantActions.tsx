"use client";

import { useT } from "@/lib/client/i18n";
import type { Participant, Team } from "@/lib/domain";
import type { Send } from "../phases/types";
import { button } from "../shared/ui";
import { ConfirmButton } from "./ConfirmButton";

/**
 * Move someone to another team, or remove them. Names go in accessible names only, never in
 * visible text, so the person's name appears once in their row.
 */
export function ParticipantActions({ person, teams, send }: { person: Participant; teams: readonly Team[]; send: Send }) {
  const t = useT("common");
  return (
    <div className="flex flex-wrap items-center gap-2 pt-1 pb-2">
      <select
        aria-label={t("moveTo", { name: person.name })}
        value=""
        onChange={(e) => {
          if (e.target.value) send({ type: "participant.move", participantId: person.id, teamId: e.target.value });
        }}
        className="min-h-9 max-w-[9rem] rounded-lg border-2 border-line bg-surface px-2 py-1 text-sm"
      >
        <option value="">{t("moveToPlaceholder")}</option>
        {teams
          .filter((t) => t.id !== person.teamId)
          .map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
      </select>
      <ConfirmButton
        label={t("remove")}
        accessibleName={t("removeName", { name: person.name })}
        question={t("removeQuestion")}
        confirmLabel={t("remove")}
        groupLabel={t("confirmRemove")}
        className={`${button.quiet} min-h-9 px-2 py-1 text-sm text-danger`}
        onConfirm={() => send({ type: "participant.remove", participantId: person.id })}
      />
    </div>
  );
}
