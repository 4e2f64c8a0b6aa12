"use client";

import { currentPhase, isJoinCode, type WorkshopState } from "@/lib/domain";
import { viewsOf } from "../phases/registry";
import { useExplain, useT } from "@/lib/client/i18n";
import { useWorkshop } from "@/lib/client/useWorkshop";
import type { Credentials } from "@/lib/client/workshopClient";
import { EndedNotice } from "../controls/Ended";
import { ScreenTimer } from "../controls/RoomTimers";
import { SpotlightBanner } from "../controls/Spotlight";
import { ConnectionStatus } from "../shared/ConnectionStatus";
import { LanguagePicker } from "../shared/LanguagePicker";
import { UrlText } from "../shared/UrlText";
import { MessagePage } from "../shared/MessagePage";
import { PhaseHeading } from "../shared/PhaseHeading";
import { useWorkshopInfo } from "../shared/useWorkshopInfo";
import { CardsWall } from "./CardsWall";
import { LobbyScreen } from "./LobbyScreen";

const SCREEN: Credentials = { role: "screen" };

/**
 * The projector: no secrets, no controls; it follows the facilitator's phase, with the room's
 * timer in the corner and whatever the facilitator spotlights above the phase.
 */
export function RoomScreen({ code }: { code: string }) {
  const t = useT("screen");
  const explain = useExplain();
  const [snapshot] = useWorkshop(code, isJoinCode(code) ? SCREEN : null);
  const [info] = useWorkshopInfo(code);
  const { state, fatal, connection } = snapshot;
  const joinUrl = info.status === "ready" ? info.info.joinUrl : null;

  if (info.status === "missing" || fatal?.code === "not_found") {
    return <MessagePage title={t("noWorkshop", { code })} />;
  }
  if (fatal) {
    return (
      <MessagePage title={t("cannotOpen")}>
        <p>{explain.error(fatal)}</p>
      </MessagePage>
    );
  }

  const phase = state ? currentPhase(state) : null;
  return (
    <div className="flex h-dvh flex-col overflow-hidden">
      <ConnectionStatus connection={connection} placement="bar" />
      <header className="flex items-center justify-between gap-6 px-[2vw] py-[1.5vh]">
        <h1 className="max-w-[40%] min-w-0 shrink-0 truncate text-[clamp(1.25rem,1.8vw,2rem)] font-bold text-brand">
          {state?.title ?? (info.status === "ready" ? info.info.title : "Onside")}
        </h1>
        {/* The join line may take two lines when the timer runs, rather than push the title out. */}
        <div className="flex min-w-0 items-center justify-end gap-6">
          {phase && phase.kind !== "lobby" ? (
            <p className="min-w-0 text-right text-[clamp(1rem,1.4vw,1.75rem)] leading-snug text-muted">
              {t("joinAt")} <span className="font-semibold text-ink">{joinUrl ? <UrlText url={joinUrl} /> : `/w/${code}`}</span>{" "}
              <span className="whitespace-nowrap">
                · {t("code")}{" "}
                <span data-testid="join-code" className="font-mono font-bold tracking-widest text-brand">
                  {code}
                </span>
              </span>
            </p>
          ) : null}
          {state ? <ScreenTimer timer={state.timer} clockOffset={snapshot.clockOffset} /> : null}
          <ConnectionStatus connection={connection} placement="pill" />
        </div>
      </header>
      {state && (state.endedAt !== null || state.spotlight) ? (
        <div className="space-y-[1.5vh] px-[2vw] pb-[2vh]">
          <EndedNotice state={state} size="screen" />
          <SpotlightBanner state={state} size="screen" />
        </div>
      ) : null}
      {state ? (
        <ScreenBody state={state} code={code} joinUrl={joinUrl} />
      ) : (
        <main className="grid flex-1 place-items-center">
          <p role="status" className="text-3xl text-muted">
            {t("connecting", { code })}
          </p>
        </main>
      )}
      {/* Small and faint in a corner: the room reads the screen from afar, the facilitator rarely changes it. */}
      <LanguagePicker className="fixed right-2 bottom-2" />
    </div>
  );
}

function ScreenBody({ state, code, joinUrl }: { state: WorkshopState; code: string; joinUrl: string | null }) {
  const phase = currentPhase(state);
  switch (phase.kind) {
    case "lobby":
      return (
        <main className="flex min-h-0 flex-1">
          <LobbyScreen
            code={code}
            joinUrl={joinUrl}
            joined={Object.values(state.participants).filter((p) => !p.removed).length}
            phase={phase}
          />
        </main>
      );
    case "cards":
      return (
        <main className="flex min-h-0 flex-1 flex-col gap-[2vh]">
          <div className="px-[2vw]">
            <PhaseHeading phase={phase} size="screen" />
          </div>
          <CardsWall state={state} phase={phase} />
        </main>
      );
    case "info":
      return (
        <main className="grid flex-1 place-items-center px-[8vw] pb-[8vh]">
          <div className="max-w-[70vw] space-y-6 text-center">
            <div aria-live="polite" aria-atomic="true" className="space-y-[3vh]">
              <h2 className="text-[clamp(2.5rem,5.5vw,6rem)] leading-tight font-bold text-balance">{phase.title}</h2>
              {phase.prompt ? (
                <p className="text-[clamp(1.5rem,2.8vw,3.25rem)] text-balance text-muted">{phase.prompt}</p>
              ) : null}
            </div>
          </div>
        </main>
      );
    default: {
      const { Screen } = viewsOf(phase);
      return (
        <main className="flex min-h-0 flex-1 flex-col gap-[2vh] px-[3vw] pb-[3vh]">
          <PhaseHeading phase={phase} size="screen" />
          <Screen state={state} phase={phase} />
        </main>
      );
    }
  }
}
