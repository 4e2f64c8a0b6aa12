"use client";

import { currentPhase, teamName, type CommandInput as Command, type Participant, type WorkshopState } from "@/lib/domain";
import { viewsOf } from "../phases/registry";
import type { PendingCommand } from "@/lib/client/outbox";
import type { ClientSnapshot, WorkshopClient } from "@/lib/client/workshopClient";
import { CardComposer } from "../cards/CardComposer";
import { ParticipantCards } from "../cards/ParticipantCards";
import { PhaseHeading } from "../shared/PhaseHeading";
import { RefusalNotice } from "../shared/RefusalNotice";
import { teamColor } from "../shared/teamColor";
import { LobbyWaiting } from "./LobbyWaiting";
import { ParticipantHeader } from "./ParticipantHeader";

/** A joined participant's phone: it follows the room's current phase by itself. */
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
  return (
    <div className="min-h-dvh">
      <ParticipantHeader
        title={state.title}
        name={me.name}
        team={teamName(state, me.teamId)}
        accent={teamColor(state.teams, me.teamId)}
        connection={snapshot.connection}
      />
      <main className="mx-auto max-w-2xl space-y-6 px-4 py-5">
        <RefusalNotice refused={snapshot.refused} onDismiss={() => client.dismissRefusal()} />
        <PhaseBody
          code={code}
          me={me}
          state={state}
          pending={snapshot.pending}
          send={(command) => void client.send(command)}
        />
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
  send: (command: Command) => void;
}) {
  const phase = currentPhase(state);
  switch (phase.kind) {
    case "lobby":
      return (
        <>
          <PhaseHeading phase={phase} />
          <LobbyWaiting joined={Object.keys(state.participants).length} />
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
            sending={pending.filter((p) => p.command.type === "card.add" && p.command.phaseId === phase.id).length}
            onPost={(text) => send({ type: "card.add", phaseId: phase.id, text })}
          />
          <ParticipantCards state={state} phaseId={phase.id} me={me} pending={pending} send={send} />
        </>
      );
    default: {
      const { Phone } = viewsOf(phase);
      return (
        <>
          <PhaseHeading phase={phase} />
          <Phone code={code} state={state} phase={phase} me={me} pending={pending} send={send} />
        </>
      );
    }
  }
}
