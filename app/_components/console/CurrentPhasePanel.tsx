"use client";

import { currentPhase, type CommandInput as Command, type WorkshopState } from "@/lib/domain";
import { viewsOf } from "../phases/registry";
import type { PendingCommand } from "@/lib/client/outbox";
import { PhaseHeading } from "../shared/PhaseHeading";
import { panel } from "../shared/ui";
import { ModerationBoard } from "./ModerationBoard";

/** What the room is doing now, and the facilitator's tools for it. */
export function CurrentPhasePanel({
  state,
  pending,
  send,
}: {
  state: WorkshopState;
  pending: readonly PendingCommand[];
  send: (command: Command) => void;
}) {
  const phase = currentPhase(state);
  return (
    <section aria-label="Current phase" className={`${panel} space-y-5`}>
      <div>
        <p className="text-sm font-semibold tracking-wide text-brand uppercase">Now</p>
        <PhaseHeading phase={phase} size="console" />
      </div>
      <PhaseTools state={state} pending={pending} send={send} />
    </section>
  );
}

function PhaseTools({
  state,
  pending,
  send,
}: {
  state: WorkshopState;
  pending: readonly PendingCommand[];
  send: (command: Command) => void;
}) {
  const phase = currentPhase(state);
  const joined = Object.keys(state.participants).length;
  switch (phase.kind) {
    case "lobby":
      return (
        <p className="text-lg">
          {joined === 0 ? "Nobody has joined yet." : joined === 1 ? "1 person has joined." : `${joined} people have joined.`}{" "}
          <span className="text-muted">Show the room screen so people can scan the code. Press Next to start.</span>
        </p>
      );
    case "info":
      return <p className="text-muted">Phones and the room screen show this phase as a slide.</p>;
    case "cards":
      return <ModerationBoard state={state} phaseId={phase.id} pending={pending} send={send} />;
    default: {
      const { Console } = viewsOf(phase);
      return <Console state={state} phase={phase} pending={pending} send={send} />;
    }
  }
}
