"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { browserStorage } from "./storage";
import { WorkshopClient, type ClientSnapshot, type Credentials } from "./workshopClient";

const IDLE: ClientSnapshot = {
  connection: "connecting",
  you: null,
  state: null,
  info: null,
  presence: { online: [], facilitators: 0, screens: 0 },
  pending: [],
  fatal: null,
  refused: null,
  clockOffset: 0,
};
const noop = () => () => {};

/**
 * Opens one workshop connection for the lifetime of a page and re-renders on every change.
 * Returns `null` for the client until it exists (first render, server render).
 */
export function useWorkshop(code: string, credentials: Credentials | null): [ClientSnapshot, WorkshopClient | null] {
  const [client, setClient] = useState<WorkshopClient | null>(null);
  const key = credentials ? `${credentials.role}:${"token" in credentials ? credentials.token : ""}` : "";

  useEffect(() => {
    if (!credentials) return;
    const c = new WorkshopClient({ code, credentials, storage: browserStorage() });
    c.start();
    // The client is an external system that lives as long as the page; created after mount so
    // the server render never opens a socket.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setClient(c);
    const recheck = () => {
      if (document.visibilityState === "visible") void c.check();
    };
    document.addEventListener("visibilitychange", recheck);
    window.addEventListener("online", recheck);
    return () => {
      document.removeEventListener("visibilitychange", recheck);
      window.removeEventListener("online", recheck);
      c.stop();
    };
    // The credentials object is rebuilt on every render; its content is what counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code, key]);

  const snapshot = useSyncExternalStore(
    client?.subscribe ?? noop,
    client?.getSnapshot ?? (() => IDLE),
    () => IDLE,
  );
  return [snapshot, client];
}
