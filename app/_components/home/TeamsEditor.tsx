"use client";

import { LIMITS } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import { button, field } from "../shared/ui";

export interface TeamDraft {
  /** Stable across renames and removals, so React keeps each input (and its focus) in place. */
  key: number;
  name: string;
}

/** The teams of a new workshop: rename, add, remove, between the limits the server enforces. */
export function TeamsEditor({
  teams,
  onChange,
  invalid,
}: {
  teams: TeamDraft[];
  onChange: (teams: TeamDraft[]) => void;
  /** Fields the server refused: by position, or the whole list (e.g. two teams with one name). */
  invalid: "all" | Set<number>;
}) {
  const t = useT("create");
  const canRemove = teams.length > LIMITS.teams.min;
  const canAdd = teams.length < LIMITS.teams.max;

  function rename(key: number, name: string) {
    onChange(teams.map((t) => (t.key === key ? { ...t, name } : t)));
  }

  function add() {
    const key = Math.max(0, ...teams.map((t) => t.key)) + 1;
    onChange([...teams, { key, name: "" }]);
    // Focus the new field once it exists.
    requestAnimationFrame(() => document.getElementById(`team-${key}`)?.focus());
  }

  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">{t("teamsLegend")}</legend>
      <p className="text-sm text-muted">
        {t("teamsHint", { min: LIMITS.teams.min, max: LIMITS.teams.max })}
      </p>
      <ol className="space-y-2">
        {teams.map((team, i) => (
          <li key={team.key} className="flex items-center gap-2">
            <label htmlFor={`team-${team.key}`} className="w-6 shrink-0 text-right text-muted tabular-nums">
              <span className="sr-only">{t("teamPrefix")}</span>
              {i + 1}
            </label>
            <input
              id={`team-${team.key}`}
              value={team.name}
              onChange={(e) => rename(team.key, e.target.value)}
              maxLength={LIMITS.teamName}
              autoComplete="off"
              aria-invalid={invalid === "all" || invalid.has(i) || undefined}
              className={field}
            />
            <button
              type="button"
              onClick={() => onChange(teams.filter((t) => t.key !== team.key))}
              disabled={!canRemove}
              aria-label={t("removeTeam", { name: team.name.trim() || i + 1 })}
              title={canRemove ? t("removeTeamHint") : t("minTeams", { min: LIMITS.teams.min })}
              className={`${button.quiet} w-11 shrink-0 px-0 text-2xl leading-none`}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={add} disabled={!canAdd} className={button.secondary}>
        {t("addTeam")}
      </button>
      {!canAdd ? <p className="text-sm text-muted">{t("maxTeams")}</p> : null}
    </fieldset>
  );
}
