"use client";

import { useId, useState, type FormEvent } from "react";
import { LIMITS, type Team, type WorkshopState } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import { button, field } from "../../shared/ui";
import { FieldError } from "./FieldError";
import type { Edits } from "./useEdits";

/** One team's name, renamed on submit (Enter or the button). */
function TeamRow({ team, number, edits }: { team: Team; number: number; edits: Edits }) {
  const t = useT("agenda");
  const [name, setName] = useState(team.name);
  const id = useId();
  const errorId = useId();
  const key = `team:${team.id}`;
  const rename = (e: FormEvent) => {
    e.preventDefault();
    void edits.run(key, { type: "team.rename", teamId: team.id, name });
  };
  return (
    <li>
      <form onSubmit={rename} className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          {t("teamName", { number })}
        </label>
        <input
          id={id}
          value={name}
          maxLength={LIMITS.teamName}
          required
          onChange={(e) => setName(e.target.value)}
          aria-invalid={edits.errors[key] ? true : undefined}
          aria-describedby={edits.errors[key] ? errorId : undefined}
          className={field}
        />
        <button type="submit" className={`${button.secondary} shrink-0`} disabled={name === team.name}>
          {t("rename")}
        </button>
        {/* Only a team nobody has been in can go (the server says why otherwise). */}
        <button
          type="button"
          className={`${button.quiet} w-11 shrink-0 px-0 text-xl`}
          onClick={() => void edits.run(key, { type: "team.remove", teamId: team.id })}
          aria-label={t("removeTeam", { name: team.name })}
        >
          <span aria-hidden="true">×</span>
        </button>
      </form>
      <FieldError id={errorId} message={edits.errors[key]} />
    </li>
  );
}

/** The workshop's teams: rename any, add one (people already in a team stay in it). */
export function TeamsForm({ state, edits }: { state: WorkshopState; edits: Edits }) {
  const t = useT("agenda");
  const [name, setName] = useState("");
  const id = useId();
  const errorId = useId();
  const full = state.teams.length >= LIMITS.teams.max;
  async function add(e: FormEvent) {
    e.preventDefault();
    const answer = await edits.run("team:new", { type: "team.add", name });
    if (answer.ok) setName("");
  }
  return (
    <section aria-labelledby="agenda-teams-heading" className="space-y-2">
      <h3 id="agenda-teams-heading" className="font-bold">
        {t("teamsHeading")}
      </h3>
      <ol className="space-y-2">
        {state.teams.map((team, i) => (
          <TeamRow key={team.id} team={team} number={i + 1} edits={edits} />
        ))}
      </ol>
      {full ? (
        <p className="text-sm text-muted">{t("maxTeams")}</p>
      ) : (
        <form onSubmit={add} className="flex items-center gap-2">
          <label htmlFor={id} className="sr-only">
            {t("newTeam")}
          </label>
          <input
            id={id}
            value={name}
            maxLength={LIMITS.teamName}
            required
            placeholder={t("newTeam")}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={edits.errors["team:new"] ? true : undefined}
            aria-describedby={edits.errors["team:new"] ? errorId : undefined}
            className={field}
          />
          <button type="submit" className={`${button.secondary} shrink-0`}>
            {t("addTeam")}
          </button>
        </form>
      )}
      <FieldError id={errorId} message={edits.errors["team:new"]} />
    </section>
  );
}
