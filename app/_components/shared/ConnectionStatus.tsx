"use client";

import { useT } from "@/lib/client/i18n";
import type { ConnectionState } from "@/lib/client/workshopClient";

const troubled = (c: ConnectionState) => c === "reconnecting" || c === "failed";

/**
 * Always visible, never loud while things work. A page renders it twice: as a small pill in its
 * header (shown while connecting or connected) and as a bar at its very top (shown while
 * reconnecting, in amber, or when the connection is lost, in red). Exactly one of the two is on
 * screen at a time, so the status has one element and one accessible name.
 */
export function ConnectionStatus({ connection, placement }: { connection: ConnectionState; placement: "pill" | "bar" }) {
  const t = useT("common");
  const status = (
    <span data-testid="connection" data-state={connection}>
      {t(connection)}
    </span>
  );

  if (placement === "bar") {
    if (!troubled(connection)) return null;
    const failed = connection === "failed";
    return (
      <div
        role="status"
        className={`sticky top-0 z-50 flex flex-wrap items-center justify-center gap-x-3 px-4 py-2 text-center font-semibold shadow-md ${
          failed ? "bg-danger text-white" : "bg-warn text-warn-ink"
        }`}
      >
        {status}
        <span className="font-normal">
          {failed ? t("reloadToRetry") : t("nothingLost")}
        </span>
      </div>
    );
  }

  if (troubled(connection)) return null;
  return (
    <div
      role="status"
      className="inline-flex shrink-0 items-center gap-2 rounded-full border border-line bg-surface px-3 py-1 text-sm text-muted"
    >
      <span
        aria-hidden="true"
        className={`size-2.5 rounded-full ${connection === "online" ? "bg-ok" : "animate-pulse bg-muted"}`}
      />
      {status}
    </div>
  );
}
