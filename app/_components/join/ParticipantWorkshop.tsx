"use client";

import { useEffect } from "react";
import { currentPhase, teamName } from "@/lib/domain/selectors";
import type { Participant, WorkshopState } from "@/lib/domain";
import { PhonePhase, prefetchPhoneViews } from "../phases/phoneViews";
import type { Send } from "../phases/types";
import type { PendingCommand } from "@/lib/client/outbox";
import type { ClientSnapshot, WorkshopClient } from "@/lib/client/workshopClient";
import { CardComposer } from "../cards/CardComposer";
import { columnsOf } from "../cards/grouping";
import { ParticipantCards } from "../cards/ParticipantCards";
import { DoneButton } from "../controls/DoneButton";
import { EndedNotice } from "../controls/Ended";
import { PhoneNotices, inputOff } from "../controls/PhoneNotices";
import { PhoneTimer } from "../controls/RoomTimers";
import { SpotlightBanner } from "../controls/Spotlight";
import { PhaseHeading } from "../shared/PhaseHeading";
import { RefusalNotice } from "../shared/RefusalNotice";
import { teamColor } from "../shared/teamColor";
import { LobbyWaiting } from "./LobbyWaiting";
import { ParticipantHeader } from "./ParticipantHeader";

/**
 * A joined participant's phone: it follows the room's current phase by itself. The facilitator's
 * controls show around the phase: the timer in the header, the spotlight above, "Input is
 * locked" (forms off) and "I'm done" below; after the end, everything is read-only.
 */
export function ParticipantWorkshop({
  code,
  me,
  state,
  snapshot,
  client,
}: {
  code: string;
  me: Participant;
  state: WorkshopState;
  snapshot: ClientSnapshot;
  client: WorkshopClient;
}) {
  const phase = currentPhase(state);
  const send: Send = (command) => void client.send(command);
  // The views of the phases to come, once the phone has shown this one.
  useEffect(() => {
    const later = setTimeout(prefetchPhoneViews, 2000);
    return () => clearTimeout(later);
  }, []);
  return (
    <div className="min-h-dvh">
      <ParticipantHeader
        title={state.title}
        name={me.name}
        team={teamName(state, me.teamId)}
        accent={teamColor(state.teams, me.teamId)}
        connection={snapshot.connection}
        timer={<PhoneTimer timer={state.timer} clockOffset={snapshot.clockOffset} />}
      />
      <main className="mx-auto max-w-2xl space-y-6 px-4 py-5">
        <RefusalNotice refused={snapshot.refused} onDismiss={() => client.dismissRefusal()} />
        <EndedNotice state={state} size="phone" />
        <SpotlightBanner state={state} size="phone" me={me.id} />
        <PhoneNotices state={state} phase={phase} />
        {/* A disabled fieldset turns off every form of the phase at once, whoever built it. */}
        <fieldset disabled={inputOff(state, phase)} className="min-w-0 space-y-6">
          <PhaseBody code={code} me={me} state={state} pending={snapshot.pending} send={send} />
        </fieldset>
        <DoneButton state={state} phase={phase} me={me} pending={snapshot.pending} send={send} />
      </main>
    </div>
  );
}

function PhaseBody({
  code,
  me,
  state,
  pending,
  send,
}: {
  code: string;
  me: Participant;
  state: WorkshopState;
  pending: readonly PendingCommand[];
  send: Send;
}) {
  const phase = currentPhase(state);
  switch (phase.kind) {
    case "lobby":
      return (
        <>
          <PhaseHeading phase={phase} />
          <LobbyWaiting joined={Object.values(state.participants).filter((p) => !p.removed).length} />
        </>
      );
    case "info":
      return (
        <div className="rounded-xl border border-line bg-surface p-6 shadow-sm">
          <PhaseHeading phase={phase} />
        </div>
      );
    case "cards":
      return (
        <>
          <PhaseHeading phase={phase} />
          <CardComposer
            key={phase.id}
            draftKey={`${code}:${phase.id}`}
            columns={columnsOf(phase)}
            anonymous={phase.options.anonymous}
            sending={pending.filter((p) => p.command.type === "card.add" && p.command.phaseId === phase.id).length}
            onPost={(text, column) => send({ type: "card.add", phaseId: phase.id, text, column })}
          />
          <ParticipantCards state={state} phase={phase} me={me} pending={pending} send={send} />
        </>
      );
    default: {
      return (
        <>
          <PhaseHeading phase={phase} />
          <PhonePhase code={code} state={state} phase={phase} me={me} pending={pending} send={send} />
        </>
      );
    }
  }
}
