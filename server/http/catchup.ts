import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { Actor, WorkshopState } from "@/lib/domain";
import { LIMITS } from "@/lib/domain";
import { StepInputSchema } from "@/lib/domain/features/catchup/schemas";
import { text } from "@/lib/domain/schemas";
import { catchUpSummary } from "@/lib/domain/features/catchup/summary";
import { catchUpViewFor } from "@/lib/domain/features/catchup/view";
import type { Room } from "../rooms/room";
import { hashToken, newFacilitatorToken, sameHash } from "../secrets";
import { bearer, requireFacilitator, requireReader } from "./auth";
import { executeOrThrow } from "./commands";
import { invalidBody, readJson, refused, sendJson } from "./respond";
import type { WorkshopRoutesDeps } from "./workshops";

const BODY_LIMIT = 8 * 1024;
/** A deadline is a day in the next year at most: a catch-up is for the weeks after a workshop. */
const MAX_AHEAD_MS = 366 * 24 * 3600_000;
const Deadline = z.number().int().positive().refine((at) => at <= Date.now() + MAX_AHEAD_MS, "must be within a year");

const OpenBody = z.object({ deadline: Deadline, phaseIds: z.array(z.string().max(LIMITS.id)).max(40).optional() });
const DeadlineBody = z.object({ deadline: Deadline });
const LinkBody = z.object({ teamId: z.string().min(1).max(LIMITS.id) });
const JoinBody = z.object({ name: text(LIMITS.participantName) });
const StepBody = z.object({ phaseId: z.string().min(1).max(LIMITS.id), input: StepInputSchema });

async function parse<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(await readJson(req, BODY_LIMIT));
  if (!parsed.success) throw invalidBody(parsed.error);
  return parsed.data;
}

async function roomFor(code: string, deps: WorkshopRoutesDeps): Promise<Room> {
  const room = await deps.rooms.get(code);
  if (!room) throw refused(404, "not_found", "noWorkshop");
  return room;
}

/**
 * Catch-up tokens name their workshop (`CODE.secret`), so a link on its own opens the catch-up:
 * the secret is 192 random bits and only its hash is kept.
 */
const catchUpToken = (code: string) => `${code}.${newFacilitatorToken()}`;
function splitToken(token: string): { code: string } | null {
  const match = /^([A-Za-z0-9]{1,32})\.[A-Za-z0-9_-]{16,64}$/.exec(token);
  return match?.[1] ? { code: match[1] } : null;
}

/** The team a link invites to: every invite compared in constant time, like share links. */
function inviteTeam(state: WorkshopState, token: string): string | null {
  const hash = hashToken(token);
  let teamId: string | null = null;
  for (const [known, team] of Object.entries(state.catchup?.invites ?? {})) if (sameHash(hash, known)) teamId = team;
  return teamId;
}

function catchUpActor(state: WorkshopState, token: string): Extract<Actor, { role: "catchup" }> | null {
  const id = state.catchup?.tokens[hashToken(token)];
  const who = id ? state.catchup?.participants[id] : undefined;
  return who ? { role: "catchup", teamId: who.teamId, participantId: who.id } : null;
}

// ---- The facilitator: /api/workshops/:code/catchup[/extend|/close|/links] ----

/**
 * GET (the summary) or POST (open) /api/workshops/:code/catchup. An agreement's owner, through
 * their edit link, may read the summary with the concerns about their agreement only.
 */
export async function catchUpRoute(req: IncomingMessage, code: string, action: string | undefined, res: ServerResponse, deps: WorkshopRoutesDeps) {
  const token = bearer(req, "the facilitator key");
  const room = await roomFor(code, deps);
  if (req.method === "GET") {
    const reader = requireReader(room.state, token);
    const summary = catchUpSummary(room.state, Date.now());
    if (reader.role === "owner" && summary) {
      return sendJson(res, 200, { catchup: { ...summary, concerns: summary.concerns.filter((c) => c.agreementId === reader.agreementId) } });
    }
    if (reader.role !== "facilitator") throw refused(403, "forbidden", "followCatchUp");
    return sendJson(res, 200, { catchup: summary });
  }
  requireFacilitator(room.state, token);
  const facilitator: Actor = { role: "facilitator" };
  if (action === undefined) {
    const body = await parse(req, OpenBody);
    await executeOrThrow(room, { type: "catchup.open", ...body }, facilitator);
    return sendJson(res, 201, { catchup: catchUpSummary(room.state, Date.now()) });
  }
  if (action === "extend") {
    const body = await parse(req, DeadlineBody);
    await executeOrThrow(room, { type: "catchup.extend", ...body }, facilitator);
  } else if (action === "close") {
    await executeOrThrow(room, { type: "catchup.close" }, facilitator);
  } else {
    // A link per team, shown once: the log keeps only its hash.
    const { teamId } = await parse(req, LinkBody);
    const secret = catchUpToken(room.code);
    await executeOrThrow(room, { type: "catchup.addInvite", teamId, tokenHash: hashToken(secret) }, facilitator);
    return sendJson(res, 201, { teamId, url: `${deps.baseUrl()}/c/${secret}` });
  }
  sendJson(res, 200, { catchup: catchUpSummary(room.state, Date.now()) });
}

// ---- The absent colleague: /api/catchup[/join|/steps] with their link's or their own token ----

export interface CatchUpDeps extends WorkshopRoutesDeps {
  /** Counts a token that opened nothing against the address's budget of misses. */
  miss: () => void;
}

async function roomOfToken(token: string, deps: CatchUpDeps): Promise<Room> {
  const parts = splitToken(token);
  const room = parts ? await deps.rooms.get(parts.code) : undefined;
  if (!room) {
    deps.miss();
    throw refused(403, "forbidden", "catchUpLinkDead");
  }
  return room;
}

/**
 * GET /api/catchup — with a team's link: which workshop and team it invites to; with one's own
 * token: one's catch-up view. POST /api/catchup/join and /api/catchup/steps change it.
 */
export async function catchUpParticipantRoute(req: IncomingMessage, action: string | undefined, res: ServerResponse, deps: CatchUpDeps) {
  const token = bearer(req, "the catch-up link's token");
  const room = await roomOfToken(token, deps);
  const me = catchUpActor(room.state, token);
  const now = Date.now();
  if (!me) {
    const teamId = inviteTeam(room.state, token);
    if (!teamId) {
      deps.miss();
      throw refused(403, "forbidden", "catchUpLinkDead");
    }
    if (action === "join") {
      const { name } = await parse(req, JoinBody);
      const own = catchUpToken(room.code);
      const ack = await executeOrThrow(room, { type: "catchup.join", name, tokenHash: hashToken(own) }, { role: "catchup", teamId, participantId: null });
      return sendJson(res, 201, { token: own, view: catchUpViewFor(room.state, ack.id ?? "", now) });
    }
    if (action !== undefined) throw refused(403, "forbidden", "joinCatchUpFirst");
    const team = room.state.teams.find((t) => t.id === teamId);
    const catchUp = room.state.catchup;
    return sendJson(res, 200, {
      invite: { title: room.state.title, team: team?.name ?? "", open: Boolean(catchUp && catchUp.closedAt === null && now <= catchUp.deadline), deadline: catchUp?.deadline ?? 0 },
    });
  }
  if (action === "steps") {
    const { phaseId, input } = await parse(req, StepBody);
    await executeOrThrow(room, { type: "catchup.submit", phaseId, input }, me);
  } else if (action === "join") {
    throw refused(409, "conflict", "catchUpJoined");
  }
  sendJson(res, 200, { view: catchUpViewFor(room.state, me.participantId ?? "", now) });
}
