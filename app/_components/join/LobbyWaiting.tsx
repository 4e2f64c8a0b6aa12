"use client";

import { useT } from "@/lib/client/i18n";

/** The lobby on a phone: you are in, the rest starts when the facilitator says so. */
export function LobbyWaiting({ joined }: { joined: number }) {
  const t = useT("phone");
  return (
    <div className="space-y-3 rounded-xl border-2 border-brand bg-brand-soft p-5">
      <p className="text-xl font-bold">{t("youreIn")}</p>
      <p className="text-lg">{t("joinedSoFar", { count: joined })}</p>
      <p className="text-muted">{t("keepOpen")}</p>
    </div>
  );
}
