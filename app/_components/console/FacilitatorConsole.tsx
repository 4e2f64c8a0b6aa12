"use client";

import { useCallback, useEffect, useMemo } from "react";
import { isJoinCode, type CommandInput } from "@/lib/domain";
import { facilitatorToken, rememberFacilitatorToken } from "@/lib/client/identity";
import { useExplain, useT } from "@/lib/client/i18n";
import { browserStorage } from "@/lib/client/storage";
import { useWorkshop } from "@/lib/client/useWorkshop";
import type { Credentials } from "@/lib/client/workshopClient";
import { useLocationHash } from "../shared/clientOnly";
import { ConnectionStatus } from "../shared/ConnectionStatus";
import { LanguagePicker } from "../shared/LanguagePicker";
import { MessagePage } from "../shared/MessagePage";
import { RefusalNotice } from "../shared/RefusalNotice";
import { useWorkshopInfo } from "../shared/useWorkshopInfo";
import { CoFacilitatorPanel } from "../controls/CoFacilitatorPanel";
import { CatchUpPanel } from "./CatchUpPanel";
import { EndedNotice, EndWorkshopPanel } from "../controls/Ended";
import { AgendaPanel } from "./AgendaPanel";
import { CurrentPhasePanel } from "./CurrentPhasePanel";
import { FacilitatorLink } from "./FacilitatorLink";
import { JoinPanel } from "./JoinPanel";
import { ParticipantsPanel } from "./ParticipantsPanel";
import { ReportLink } from "../report/ReportLink";

/** The facilitator's laptop: run the phases, watch who is in, moderate the cards. */
export function FacilitatorConsole({ code }: { code: string }) {
  const t = useT("facilitator");
  const explain = useExplain();
  const hash = useLocationHash();
  // The key comes in the link's #fragment (never sent to the server's logs) or from this browser.
  const token = useMemo(
    () => (hash === null || !isJoinCode(code) ? undefined : facilitatorToken(browserStorage(), code, hash)),
    [hash, code],
  );
  const credentials = useMemo<Credentials | null>(() => (token ? { role: "facilitator", token } : null), [token]);
  const [snapshot, client] = useWorkshop(code, credentials);
  const [info] = useWorkshopInfo(code);
  const { state, fatal, connection } = snapshot;
  const accepted = snapshot.you?.role === "facilitator";
  useEffect(() => {
    if (accepted && token) rememberFacilitatorToken(browserStorage(), code, token);
  }, [accepted, token, code]);
  // The same function from one render to the next: the board's cards are drawn again only when
  // they change, and they take it as a prop.
  const send = useCallback((command: CommandInput) => void client?.send(command), [client]);

  if (hash !== null && token === null) {
    return (
      <MessagePage title={t("needsLink")}>
        <p>
          {t("needsLinkBody", { code })} <code className="rounded bg-brand-soft px-1">#key=…</code>
          {t("needsLinkBodyEnd")}
        </p>
        <p>{t("joiningHint")}</p>
      </MessagePage>
    );
  }
  if (info.status === "missing" || fatal?.code === "not_found") {
    return <MessagePage title={t("noWorkshop", { code })} />;
  }
  if (fatal) {
    return (
      <MessagePage title={fatal.code === "unauthorized" ? t("linkInvalid") : t("cannotOpen")}>
        <p>{explain.error(fatal)}</p>
        {fatal.code === "unauthorized" ? <p>{t("checkWholeLink")}</p> : null}
      </MessagePage>
    );
  }

  const link = token && typeof window !== "undefined" ? facilitatorLink(token) : "";
  const joinUrl = info.status === "ready" ? info.info.joinUrl : null;

  return (
    <div className="min-h-dvh">
      <ConnectionStatus connection={connection} placement="bar" />
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-[110rem] flex-wrap items-center justify-between gap-3 px-5 py-3">
          <div className="min-w-0">
            <p className="text-sm font-semibold text-brand">{t("kicker")}</p>
            <h1 className="text-2xl font-bold wrap-anywhere">{state?.title ?? (info.status === "ready" ? info.info.title : code)}</h1>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <ConnectionStatus connection={connection} placement="pill" />
            <LanguagePicker />
            {/* Always there (agreements can be followed up while the room still runs); the main action once it ended. */}
            <ReportLink code={code} prominent={state?.endedAt != null} newTab />
          </div>
        </div>
      </header>
      {state && client ? (
        <main className="mx-auto grid max-w-[110rem] items-start gap-5 px-5 py-5 lg:grid-cols-[17rem_minmax(0,1fr)_17rem]">
          <div className="space-y-5 lg:sticky lg:top-5">
            <AgendaPanel
              agenda={state.agenda}
              currentPhaseId={state.currentPhaseId}
              disabled={state.endedAt !== null}
              edit={{ state, code, token, command: (command) => client.send(command) }}
              onGoto={(phaseId) => send({ type: "phase.goto", phaseId })}
            />
          </div>
          <div className="min-w-0 space-y-4">
            <RefusalNotice refused={snapshot.refused} onDismiss={() => client.dismissRefusal()} />
            <EndedNotice state={state} size="console" />
            <CurrentPhasePanel state={state} pending={snapshot.pending} clockOffset={snapshot.clockOffset} send={send} />
          </div>
          <div className="space-y-5">
            <JoinPanel code={code} joinUrl={joinUrl} screens={snapshot.presence.screens} />
            <ParticipantsPanel state={state} online={snapshot.presence.online} send={send} />
            {link ? <FacilitatorLink link={link} /> : null}
            {token ? <CoFacilitatorPanel code={code} token={token} /> : null}
            {token ? <CatchUpPanel code={code} token={token} state={state} /> : null}
            <EndWorkshopPanel state={state} send={send} />
          </div>
        </main>
      ) : (
        <main className="px-5 py-10">
          <p role="status" className="text-lg text-muted">
            {t("opening")}
          </p>
        </main>
      )}
    </div>
  );
}

/** The current address, with the key in its fragment even when it came from this browser. */
function facilitatorLink(token: string): string {
  const { href, origin, pathname, hash } = window.location;
  if (new URLSearchParams(hash.replace(/^#/, "")).get("key") === token) return href;
  return `${origin}${pathname}#key=${encodeURIComponent(token)}`;
}
