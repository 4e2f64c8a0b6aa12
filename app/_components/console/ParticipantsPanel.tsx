"use client";

import { useState } from "react";
import { controlOf, currentPhase, type Participant, type WorkshopState } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import { ParticipantActions } from "../controls/ParticipantActions";
import { takesInput } from "../controls/phaseInput";
import type { Send } from "../phases/types";
import { teamColor } from "../shared/teamColor";
import { button, panel } from "../shared/ui";

/**
 * Who joined, per team: online or not (presence, not history), done with the current phase or
 * not; and, in "Manage" mode, moving someone to another team or removing them.
 */
export function ParticipantsPanel({
  state,
  online,
  send,
}: {
  state: WorkshopState;
  online: readonly string[];
  send: Send;
}) {
  const t = useT("facilitator");
  const [managing, setManaging] = useState(false);
  const onlineSet = new Set(online);
  const everyone = Object.values(state.participants).sort((a, b) => a.joinedAt - b.joinedAt);
  const people = everyone.filter((p) => !p.removed);
  const removed = everyone.filter((p) => p.removed);
  const onlineCount = people.filter((p) => onlineSet.has(p.id)).length;
  const phase = currentPhase(state);
  const done = takesInput(phase) ? new Set(controlOf(state, phase.id).done) : null;
  const canManage = state.endedAt === null && people.length > 0;

  return (
    <section aria-labelledby="people-heading" className={`${panel} space-y-3`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="people-heading" className="text-lg font-bold">
          {t("participants")}{" "}
          <span className="font-normal text-muted">
            {done
              ? t("participantsCountsDone", { joined: people.length, online: onlineCount, done: people.filter((p) => done.has(p.id)).length })
              : t("participantsCounts", { joined: people.length, online: onlineCount })}
          </span>
        </h2>
        {canManage ? (
          <button
            type="button"
            aria-pressed={managing}
            className={`${button.quiet} min-h-9 px-2 py-1 text-sm`}
            onClick={() => setManaging((m) => !m)}
          >
            {managing ? t("doneManaging") : t("manage")}
          </button>
        ) : null}
      </div>
      {state.teams.map((team) => {
        const members = people.filter((p) => p.teamId === team.id);
        return (
          <section key={team.id} aria-label={team.name}>
            <h3 className="flex items-center gap-2 font-semibold">
              <span aria-hidden="true" className="size-3 shrink-0 rounded-full" style={{ background: teamColor(state.teams, team.id) }} />
              <span className="min-w-0">{team.name}</span>
              <span className="shrink-0 font-normal whitespace-nowrap text-muted">({members.length})</span>
            </h3>
            {members.length === 0 ? (
              <p className="pl-5 text-sm text-muted">{t("nobodyYet")}</p>
            ) : (
              <ul className="pl-5 text-sm">
                {members.map((p) => (
                  <li key={p.id} className={managing ? "border-b border-line last:border-b-0" : undefined}>
                    <PersonLine person={p} online={onlineSet.has(p.id)} done={done?.has(p.id) ?? null} />
                    {managing && canManage ? <ParticipantActions person={p} teams={state.teams} send={send} /> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {removed.length > 0 ? (
        <section aria-label={t("removedPeople")} className="border-t border-line pt-2">
          <h3 className="text-sm font-semibold text-muted">{t("removedCount", { count: removed.length })}</h3>
          <ul className="pl-5 text-sm text-muted">
            {removed.map((p) => (
              <li key={p.id} className="wrap-anywhere line-through">
                {p.name}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

function PersonLine({ person, online, done }: { person: Participant; online: boolean; done: boolean | null }) {
  const t = useT("facilitator");
  return (
    <div className="flex items-center gap-2 py-0.5">
      <span
        aria-hidden="true"
        className={`size-2.5 shrink-0 rounded-full ${online ? "bg-ok" : "border border-muted bg-transparent"}`}
      />
      <span className={`min-w-0 flex-1 wrap-anywhere ${online ? "" : "text-muted"}`}>{person.name}</span>
      {done ? (
        <span className="font-semibold text-ok">
          <span aria-hidden="true">✓</span> {t("done")}
        </span>
      ) : null}
      <span className={online ? "text-ok" : "text-muted"}>{online ? t("online") : t("offline")}</span>
    </div>
  );
}
