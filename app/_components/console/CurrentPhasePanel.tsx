"use client";

import { currentPhase, type CommandInput as Command, type WorkshopState } from "@/lib/domain";
import { viewsOf } from "../phases/registry";
import { useT } from "@/lib/client/i18n";
import type { PendingCommand } from "@/lib/client/outbox";
import { PhaseControls } from "../controls/PhaseControls";
import { SpotlightControl } from "../controls/Spotlight";
import { PhaseHeading } from "../shared/PhaseHeading";
import { panel } from "../shared/ui";
import { ModerationBoard } from "./ModerationBoard";

/**
 * What the room is doing now, and the facilitator's tools for it. After the end, everything here
 * stays readable and every control is off (the server would refuse them anyway).
 */
export function CurrentPhasePanel({
  state,
  pending,
  clockOffset,
  send,
}: {
  state: WorkshopState;
  pending: readonly PendingCommand[];
  clockOffset: number;
  send: (command: Command) => void;
}) {
  const t = useT("facilitator");
  const phase = currentPhase(state);
  return (
    <section aria-label={t("currentPhase")} className={`${panel} space-y-5`}>
      <div>
        <p className="text-sm font-semibold tracking-wide text-brand uppercase">{t("now")}</p>
        <PhaseHeading phase={phase} size="console" />
      </div>
      <fieldset disabled={state.endedAt !== null} className="min-w-0 space-y-5">
        <SpotlightControl state={state} send={send} />
        <PhaseControls state={state} phase={phase} pending={pending} clockOffset={clockOffset} send={send} />
        <PhaseTools state={state} pending={pending} send={send} />
      </fieldset>
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
  const t = useT("facilitator");
  const phase = currentPhase(state);
  const joined = Object.keys(state.participants).length;
  switch (phase.kind) {
    case "lobby":
      return (
        <p className="text-lg">
          {joined === 0 ? t("nobodyJoined") : t("joinedCount", { count: joined })}{" "}
          <span className="text-muted">{t("lobbyHint")}</span>
        </p>
      );
    case "info":
      return <p className="text-muted">{t("slide")}</p>;
    case "cards":
      return <ModerationBoard state={state} phase={phase} pending={pending} send={send} />;
    default: {
      const { Console } = viewsOf(phase);
      return <Console state={state} phase={phase} pending={pending} send={send} />;
    }
  }
}
