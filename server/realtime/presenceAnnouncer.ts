import type { Presence as PresenceView } from "@/lib/protocol";
import { rooms as audience } from "./audiences";
import type { Presence } from "./presence";
import type { OnsideServer, OnsideSocket } from "./types";

/** Tells a workshop's audiences who is online, after someone came or went. */
export type Announce = (code: string) => void;

/**
 * The least time between two announcements to one workshop. Each one lists everyone online and
 * goes to every socket: told on every arrival, a kick-off of 2,000 phones joining at 100 a second
 * sent 100 lists of up to 2,000 ids to 2,000 sockets each second (gigabytes over the joining),
 * which starved everything else. Once a second carries the same news.
 */
export const PRESENCE_EVERY_MS = 1000;

/**
 * The first change in a quiet workshop is told at once; changes in the second after it are told
 * together at its end (with the count as it is then, so the last word is always right).
 */
export function atMostEvery(everyMs: number, tell: Announce): Announce {
  const windows = new Map<string, { changed: boolean }>();
  const open = (code: string) => {
    const window = { changed: false };
    windows.set(code, window);
    setTimeout(() => {
      windows.delete(code);
      if (!window.changed) return;
      tell(code);
      open(code);
    }, everyMs).unref();
  };
  return (code) => {
    const window = windows.get(code);
    if (window) {
      window.changed = true;
      return;
    }
    tell(code);
    open(code);
  };
}

/**
 * What one audience is told. Only the facilitator's console shows who is online; phones and the
 * room screen are told how many facilitators and screens are there, and not the list: a list of
 * 2,000 ids to each of 2,000 phones, once a second while a kick-off's phones (re)connect, was
 * gigabytes that no phone displays, and who else is online is not a participant's business.
 */
export function countsOnly(view: PresenceView): PresenceView {
  return { online: [], facilitators: view.facilitators, screens: view.screens };
}

export interface PresenceAnnouncer {
  /** Someone came or went: tell the workshop. */
  announce: Announce;
  /** A socket has just entered its audiences: tell it at once, where this server can. */
  welcome: (socket: OnsideSocket) => void;
}

/**
 * One server: its own count is the whole truth, sent at once. Several servers (the Redis adapter):
 * each counts its own sockets, and whoever is asked to tell adds up every server's count.
 *
 * Why counts asked of each server, rather than `fetchSockets()` or a count kept in Redis: a
 * server's answer is a few ids (not every socket's handshake), nothing is left behind in Redis
 * when a server dies (it simply stops answering and drops out of the sum), and presence stays
 * what it always was, ephemeral.
 */
export function presenceAnnouncer(io: OnsideServer, presence: Presence, options: { shared: boolean; log: (err: unknown) => void }): PresenceAnnouncer {
  const others = (code: string) => [audience.screens(code), audience.participants(code)];
  /**
   * What phones and screens were last told, per workshop: they are told again only when it
   * changes (someone arriving changes the console's list, not their counts).
   */
  const told = new Map<string, string>();
  function tell(code: string, view: PresenceView, local: boolean): void {
    const to = local ? io.local : io;
    to.to(audience.facilitators(code)).emit("presence:changed", view);
    const theirs = countsOnly(view);
    const key = JSON.stringify(theirs);
    const news = told.get(code) !== key;
    // None of its sockets left on this server: nothing to remember for this workshop here.
    if (io.of("/").adapter.rooms.has(audience.everyone(code))) told.set(code, key);
    else told.delete(code);
    if (news) to.to(others(code)).emit("presence:changed", theirs);
  }

  if (!options.shared) {
    return {
      announce: atMostEvery(PRESENCE_EVERY_MS, (code) => tell(code, presence.view(code), false)),
      welcome: (socket) => {
        const { code, actor } = socket.data;
        const view = presence.view(code);
        if (actor.role === "facilitator") return void socket.emit("presence:changed", view);
        const theirs = countsOnly(view);
        socket.emit("presence:changed", theirs);
        // It may be newer than what the others were last told: then the next announcement tells
        // them (and this socket) even if, by then, it is back to what they had.
        if (told.get(code) !== JSON.stringify(theirs)) told.delete(code);
      },
    };
  }

  // Another server asks for this one's count; another server says its count changed.
  io.on("presence:count", (code, reply) => {
    if (typeof code === "string" && typeof reply === "function") reply(presence.view(code));
  });
  io.on("presence:stale", (code) => {
    if (typeof code === "string" && io.of("/").adapter.rooms.has(audience.everyone(code))) schedule(code);
  });

  // Per workshop, one recount at a time and at most one more after it: a hundred phones joining
  // at once cost a few recounts, not a hundred. The last recount starts after the last change, so
  // what is shown in the end is right.
  const running = new Set<string>();
  const again = new Set<string>();
  function schedule(code: string): void {
    if (running.has(code)) {
      again.add(code);
      return;
    }
    running.add(code);
    setImmediate(() => recount(code));
  }
  function recount(code: string): void {
    io.serverSideEmit("presence:count", code, (err: Error | null, views: PresenceView[]) => {
      // A server that did not answer in time (stopping, overloaded) is left out of this count.
      if (err) options.log(err);
      // Each server tells its own sockets, in the order it counted: no older count overtakes a newer.
      tell(code, merge([presence.view(code), ...(views ?? [])]), true);
      running.delete(code);
      if (again.delete(code)) schedule(code);
    });
  }

  return {
    announce: (code) => {
      io.serverSideEmit("presence:stale", code);
      schedule(code);
    },
    // Only the recount knows the whole truth. A phone or screen is told at once what the others
    // here were last told (the recount its arrival starts tells them all if that has changed); the
    // console waits for the recount, as its list has to be the whole one.
    welcome: (socket) => {
      const last = told.get(socket.data.code);
      if (socket.data.actor.role !== "facilitator" && last) socket.emit("presence:changed", JSON.parse(last) as PresenceView);
    },
  };
}

/** Everyone online on any server: a person with phones on two servers is one person. */
export function merge(views: readonly PresenceView[]): PresenceView {
  const online = new Set<string>();
  let facilitators = 0;
  let screens = 0;
  for (const view of views) {
    for (const id of view.online) online.add(id);
    facilitators += view.facilitators;
    screens += view.screens;
  }
  return { online: [...online], facilitators, screens };
}
