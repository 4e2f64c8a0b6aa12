"use client";

import { useState } from "react";
import { useT } from "@/lib/client/i18n";
import { controlOf, teamName } from "@/lib/domain";
import { isPrivateNow } from "@/lib/domain/features/cards/visibility";
import { assignedTeamId, mirrors } from "@/lib/domain/features/perspective/selectors";
import { teamColor } from "../../shared/teamColor";
import { TeamSides } from "../mirror/TeamSides";
import type { PhonePhaseProps } from "../types";
import { MyTaskCards } from "./MyTaskCards";
import { PerspectiveComposer } from "./PerspectiveComposer";
import { pendingPerspective } from "./pending";

interface Task {
  key: string;
  tab: string;
  aboutTeamId: string | null;
}

/**
 * "In their shoes" on a phone: two tasks, one at a time — writing as the team I was given, and
 * about my own team — each with Strengths and Challenges. After the reveal, a third tab shows
 * every card by the team it is about.
 */
export function PerspectivePhone({ code, state, phase, me, pending, send }: PhonePhaseProps<"perspective">) {
  const t = useT("perspective");
  const phone = useT("phone");
  const assigned = assignedTeamId(state, phase.id, me.id, me.teamId);
  const revealed = !isPrivateNow(state, phase.id);
  const tasks: Task[] = [
    ...(assigned ? [{ key: "as", tab: t("tabAs", { team: teamName(state, assigned) }), aboutTeamId: assigned }] : []),
    // Short tab names: three side by side must each fit on a 360 px phone.
    { key: "own", tab: t("tabOwn"), aboutTeamId: me.teamId },
    ...(revealed ? [{ key: "all", tab: t("tabAll"), aboutTeamId: null }] : []),
  ];
  const [chosen, setChosen] = useState<string | null>(null);
  // Until someone picks a tab: their first task, and from the moment of the reveal, everyone's cards.
  const justRevealed = phase.options.private && controlOf(state, phase.id).revealed;
  const task = tasks.find((t) => t.key === chosen) ?? (justRevealed ? tasks.at(-1) : tasks[0])!;

  return (
    <div className="space-y-5">
      {/* Links, not buttons: a locked phase or an ended workshop disables the phone's forms, but
          reading the other tabs must still work. */}
      <nav aria-label={t("tasks")} className="grid gap-2" style={{ gridTemplateColumns: `repeat(${tasks.length}, minmax(0, 1fr))` }}>
        {tasks.map((t) => (
          <a
            key={t.key}
            href={`#task-${t.key}`}
            aria-current={t.key === task.key ? "true" : undefined}
            onClick={(e) => {
              e.preventDefault();
              setChosen(t.key);
            }}
            className={`flex min-h-12 items-center justify-center rounded-lg border-2 px-1.5 py-2 text-center text-[0.9rem] leading-tight font-semibold wrap-anywhere no-underline ${
              t.key === task.key ? "border-brand bg-brand text-white" : "border-line bg-surface text-ink hover:border-brand"
            }`}
          >
            {t.tab}
          </a>
        ))}
      </nav>
      {task.aboutTeamId === null ? (
        <AllCards state={state} phaseId={phase.id} myTeamId={me.teamId} />
      ) : (
        <TaskPanel
          key={task.key}
          {...{ code, state, phase, me, pending, send }}
          aboutTeamId={task.aboutTeamId}
          own={task.key === "own"}
        />
      )}
      {!revealed && task.aboutTeamId !== null ? (
        <p className="rounded-lg border border-line bg-brand-soft p-3 text-brand-strong">
          {phone("privateUntilReveal")}
        </p>
      ) : null}
      {!assigned && task.key === "own" ? (
        <p className="text-sm text-muted">{t("noOtherTeam")}</p>
      ) : null}
    </div>
  );
}

function TaskPanel({
  code,
  state,
  phase,
  me,
  pending,
  send,
  aboutTeamId,
  own,
}: PhonePhaseProps<"perspective"> & { aboutTeamId: string; own: boolean }) {
  const t = useT("perspective");
  const team = teamName(state, aboutTeamId);
  const sending = pendingPerspective(pending, phase.id).added.filter((c) => c.aboutTeamId === aboutTeamId).length;
  return (
    <section id={`task-${own ? "own" : "as"}`} aria-labelledby={`task-heading-${aboutTeamId}`} className="space-y-4">
      <div className="space-y-1 border-l-[6px] pl-3" style={{ borderColor: teamColor(state.teams, aboutTeamId) }}>
        <h3 id={`task-heading-${aboutTeamId}`} className="text-xl font-bold">
          {own ? t("sees", { team }) : t("inShoesOf", { team })}
        </h3>
        <p className="text-muted">
          {own ? t("ownQuestion") : t("asQuestion", { team })}
        </p>
      </div>
      <PerspectiveComposer
        draftKey={`${code}:${phase.id}:${aboutTeamId}`}
        label={own ? t("ownLabel", { team }) : t("asLabel", { team })}
        sending={sending}
        onPost={(text, column) => send({ type: "card.add", phaseId: phase.id, text, column, aboutTeamId })}
      />
      <MyTaskCards state={state} phaseId={phase.id} aboutTeamId={aboutTeamId} aboutName={team} me={me} pending={pending} send={send} />
    </section>
  );
}

function AllCards({ state, phaseId, myTeamId }: { state: PhonePhaseProps<"perspective">["state"]; phaseId: string; myTeamId: string }) {
  return (
    <div id="task-all" aria-live="polite" className="space-y-8">
      {mirrors(state, phaseId).map((mirror) => (
        <section key={mirror.team.id} aria-label={mirror.team.name} className="space-y-3">
          <h3 className="flex items-center gap-2 text-2xl font-bold">
            <span aria-hidden="true" className="size-4 rounded-full" style={{ background: teamColor(state.teams, mirror.team.id) }} />
            {mirror.team.name}
          </h3>
          <TeamSides state={state} mirror={mirror} size="phone" we={mirror.team.id === myTeamId} />
        </section>
      ))}
    </div>
  );
}
