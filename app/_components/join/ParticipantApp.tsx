"use client";

import { useMemo } from "react";
import { useRoomLanguage, useExplain, useT } from "@/lib/client/i18n";
import { isJoinCode } from "@/lib/domain/joinCode";
import { participantToken } from "@/lib/client/identity";
import { browserStorage } from "@/lib/client/storage";
import { useWorkshop } from "@/lib/client/useWorkshop";
import type { Credentials } from "@/lib/client/workshopClient";
import { useIsClient } from "../shared/clientOnly";
import { MessagePage } from "../shared/MessagePage";
import { RefusalNotice } from "../shared/RefusalNotice";
import { button } from "../shared/ui";
import { useWorkshopInfo } from "../shared/useWorkshopInfo";
import { JoinWorkshopForm } from "./JoinWorkshopForm";
import { NoWorkshop } from "./NoWorkshop";
import { ParticipantHeader } from "./ParticipantHeader";
import { ParticipantWorkshop } from "./ParticipantWorkshop";

/** The participant's phone: find the workshop, join it once, then follow the room. */
export function ParticipantApp({ code }: { code: string }) {
  const t = useT("phone");
  const explain = useExplain();
  const common = useT("common");
  const [info, retryInfo] = useWorkshopInfo(code);
  const isClient = useIsClient();
  // The phone's own token lives in its storage: read on the client only, once per code.
  const credentials = useMemo<Credentials | null>(
    () => (isClient && isJoinCode(code) ? { role: "participant", token: participantToken(browserStorage(), code) } : null),
    [isClient, code],
  );
  const [snapshot, client] = useWorkshop(code, credentials);
  const { you, state, fatal, connection } = snapshot;
  // The public card: the socket's, kept up to date while the facilitator edits the teams, before
  // that the one fetched over HTTP.
  const card = snapshot.info ?? (info.status === "ready" ? info.info : null);
  // The workshop's own language, for whoever has not chosen one: the facilitator's default. The
  // public info has it before the socket does, so the join form already speaks it.
  useRoomLanguage(state?.language ?? card?.language);
  const title = state?.title ?? card?.title ?? "";

  if (info.status === "missing" || fatal?.code === "not_found") return <NoWorkshop code={code} />;
  if (fatal?.code === "forbidden") {
    // Removed by the facilitator: the server signed this phone out and refuses it from now on.
    return (
      <MessagePage title={t("removedTitle")}>
        <p>{explain.error(fatal)}</p>
        <p>{t("removedHint")}</p>
      </MessagePage>
    );
  }
  if (fatal) {
    return (
      <MessagePage title={t("cannotOpen")}>
        <p>{explain.error(fatal)}</p>
      </MessagePage>
    );
  }
  if (info.status === "error" && !state && !snapshot.info) {
    return (
      <MessagePage title={t("unreachable")}>
        <p>{info.failure ? explain.error(info.failure) : common("somethingWrong")}</p>
        <button type="button" className={button.primary} onClick={retryInfo}>
          {common("tryAgain")}
        </button>
      </MessagePage>
    );
  }

  if (you?.role === "participant" && state && client) {
    const me = state.participants[you.participantId];
    if (me) return <ParticipantWorkshop code={code} me={me} state={state} snapshot={snapshot} client={client} />;
  }

  const teams = state?.teams ?? card?.teams ?? [];
  if (you?.role === "guest" && client && teams.length > 0) {
    const joining = snapshot.pending.some((p) => p.command.type === "participant.join");
    return (
      <div className="min-h-dvh">
        <ParticipantHeader title={title || t("workshop")} connection={connection} />
        <main className="mx-auto max-w-2xl space-y-5 px-4 py-6">
          <div>
            <h2 className="text-2xl font-bold">{t("joinTitle")}</h2>
            <p className="text-muted">{t("joinHint")}</p>
          </div>
          <RefusalNotice refused={snapshot.refused} onDismiss={() => client.dismissRefusal()} />
          <JoinWorkshopForm
            teams={teams}
            joining={joining}
            onJoin={(name, teamId) => void client.send({ type: "participant.join", name, teamId })}
          />
        </main>
      </div>
    );
  }

  return (
    <div className="min-h-dvh">
      <ParticipantHeader title={title || t("workshopCode", { code })} connection={connection} />
      <main className="mx-auto max-w-2xl px-4 py-10">
        <p role="status" className="text-lg text-muted">
          {you?.role === "participant" ? t("loadingWorkshop") : t("connectingWorkshop")}
        </p>
      </main>
    </div>
  );
}
