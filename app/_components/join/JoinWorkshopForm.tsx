"use client";

import { useId, useState, type FormEvent } from "react";
import { useT } from "@/lib/client/i18n";
import { LIMITS } from "@/lib/domain/limits";
import type { Team } from "@/lib/domain";
import { button, field, label } from "../shared/ui";
import { TeamChoice } from "./TeamChoice";

/** A guest's first screen: a name and a team, then in. */
export function JoinWorkshopForm({
  teams,
  joining,
  onJoin,
}: {
  teams: readonly Team[];
  joining: boolean;
  onJoin: (name: string, teamId: string) => void;
}) {
  const t = useT("phone");
  const [name, setName] = useState("");
  const [teamId, setTeamId] = useState("");
  const [errors, setErrors] = useState<{ name?: string; team?: string }>({});
  const nameId = useId();
  const nameErrorId = useId();
  const teamErrorId = useId();
  // The facilitator removed the team picked here while the form was open: the pick goes (Join then
  // asks for a team), and a team added later with the same id is not picked by itself.
  if (teamId && !teams.some((team) => team.id === teamId)) setTeamId("");

  function submit(e: FormEvent) {
    e.preventDefault();
    const next = {
      name: name.trim() ? undefined : t("nameMissing"),
      team: teams.some((t) => t.id === teamId) ? undefined : t("teamMissing"),
    };
    setErrors(next);
    if (next.name || next.team) return;
    onJoin(name.trim(), teamId);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <div className="space-y-2">
        <label htmlFor={nameId} className={label}>
          {t("yourName")}
        </label>
        <input
          id={nameId}
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={LIMITS.participantName}
          autoComplete="given-name"
          enterKeyHint="next"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? nameErrorId : undefined}
          className={`${field} py-3 text-xl`}
        />
        {errors.name ? (
          <p id={nameErrorId} className="font-semibold text-danger">
            {errors.name}
          </p>
        ) : null}
      </div>
      <TeamChoice
        teams={teams}
        value={teamId}
        onChange={(id) => {
          setTeamId(id);
          setErrors((e) => ({ ...e, team: undefined }));
        }}
        invalid={Boolean(errors.team)}
        describedBy={errors.team ? teamErrorId : undefined}
      />
      {errors.team ? (
        <p id={teamErrorId} className="font-semibold text-danger">
          {errors.team}
        </p>
      ) : null}
      <button type="submit" disabled={joining} className={`${button.primary} w-full py-3 text-xl`}>
        {joining ? t("joining") : t("join")}
      </button>
    </form>
  );
}
