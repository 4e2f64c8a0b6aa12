"use client";

import { useState } from "react";
import { teamName } from "@/lib/domain";
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
  const assigned = assignedTeamId(state, phase.id, me.id, me.teamId);
  const revealed = !isPrivateNow(state, phase.id);
  const tasks: Task[] = [
    ...(assigned ? [{ key: "as", tab: `As ${teamName(state, assigned)}`, aboutTeamId: assigned }] : []),
    { key: "own", tab: "Our own team", aboutTeamId: me.teamId },
    ...(revealed ? [{ key: "all", tab: "All cards", aboutTeamId: null }] : []),
  ];
  const [chosen, setChosen] = useState<string | null>(null);
  // Until someone picks a tab: their first task, and once revealed, everyone's cards.
  const task = tasks.find((t) => t.key === chosen) ?? (revealed ? tasks.at(-1) : tasks[0])!;

  return (
    <div className="space-y-5">
      <nav aria-label="Tasks" className="grid gap-2" style={{ gridTemplateColumns: `repeat(${tasks.length}, minmax(0, 1fr))` }}>
        {tasks.map((t) => (
          <button
            key={t.key}
            type="button"
            aria-pressed={t.key === task.key}
            onClick={() => setChosen(t.key)}
            className={`min-h-12 rounded-lg border-2 px-2 py-2 text-base leading-tight font-semibold break-words ${
              t.key === task.key ? "border-brand bg-brand text-white" : "border-line bg-surface text-ink hover:border-brand"
            }`}
          >
            {t.tab}
          </button>
        ))}
      </nav>
      {task.aboutTeamId === null ? (
        <AllCards {...{ state, phaseId: phase.id, myTeamId: me.teamId }} />
      ) : (
        <TaskPanel
          key={task.key}
          {...{ code, state, phase, me, pending, send }}
          aboutTeamId={task.aboutTeamId}
          own={task.key === "own"}
        />
      )}
      {!assigned && task.key === "own" ? (
        <p className="text-sm text-muted">There is no other team for you to write as in this workshop, so you write about your own.</p>
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
  const name = teamName(state, aboutTeamId);
  const sending = pendingPerspective(pending, phase.id).added.filter((c) => c.aboutTeamId === aboutTeamId).length;
  return (
    <section aria-labelledby={`task-${aboutTeamId}`} className="space-y-4">
      <div className="space-y-1 border-l-[6px] pl-3" style={{ borderColor: teamColor(state.teams, aboutTeamId) }}>
        <h3 id={`task-${aboutTeamId}`} className="text-xl font-bold">
          {own ? `How ${name} sees itself` : `In the shoes of ${name}`}
        </h3>
        <p className="text-muted">
          {own
            ? `What is your own team good at, and what makes its work hard?`
            : `Imagine you work in ${name}. What is it good at? What makes its work hard?`}
        </p>
      </div>
      <PerspectiveComposer
        draftKey={`${code}:${phase.id}:${aboutTeamId}`}
        label={own ? `Your card about ${name}, your own team` : `Your card as ${name}`}
        sending={sending}
        onPost={(text, column) => send({ type: "card.add", phaseId: phase.id, text, column, aboutTeamId })}
      />
      <MyTaskCards state={state} phaseId={phase.id} aboutTeamId={aboutTeamId} aboutName={name} me={me} pending={pending} send={send} />
    </section>
  );
}

function AllCards({ state, phaseId, myTeamId }: { state: PhonePhaseProps<"perspective">["state"]; phaseId: string; myTeamId: string }) {
  return (
    <div aria-live="polite" className="space-y-8">
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
