"use client";

import { useT } from "@/lib/client/i18n";
import type { Team } from "@/lib/domain";

/** The teams as big tappable choices: a real radio group, styled as tiles. */
export function TeamChoice({
  teams,
  value,
  onChange,
  invalid,
  describedBy,
}: {
  teams: readonly Team[];
  value: string;
  onChange: (teamId: string) => void;
  invalid: boolean;
  describedBy?: string;
}) {
  const t = useT("phone");
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={invalid || undefined} className="space-y-2">
      <legend className="mb-2 font-semibold">{t("yourTeam")}</legend>
      <div className="grid grid-cols-1 gap-2 min-[420px]:grid-cols-2">
        {teams.map((team) => (
          <label
            key={team.id}
            className="flex min-h-14 items-center gap-3 rounded-lg border-2 border-line bg-surface px-4 py-3 text-lg font-semibold has-checked:border-brand has-checked:bg-brand-soft has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus"
          >
            <input
              type="radio"
              name="team"
              value={team.id}
              checked={value === team.id}
              onChange={() => onChange(team.id)}
              className="size-5 shrink-0 accent-brand focus-visible:outline-none"
            />
            <span className="wrap-anywhere">{team.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
