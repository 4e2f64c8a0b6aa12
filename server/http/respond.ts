import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import { issuesOf, type InputIssue, type ReasonParams } from "@/lib/domain";
import type { ErrorBody, ErrorCode } from "@/lib/protocol";
import { invalidInputError, serviceError, type ServiceReason } from "@/lib/protocol/reasons";

export class HttpError extends Error {
  /** What a page words in its own language (see lib/protocol/reasons); the message is English. */
  reason?: string;
  params?: ReasonParams;
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly issues?: InputIssue[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** An answer with the body's reason, so each page says it in its own language. */
  static of(status: number, body: ErrorBody, headers: Record<string, string> = {}): HttpError {
    const err = new HttpError(status, body.code, body.message, body.issues, headers);
    err.reason = body.reason;
    err.params = body.params;
    return err;
  }
}

/** The server's own refusal (a link, a limit, the store), by reason. */
export function refused(status: number, code: ErrorCode, reason: ServiceReason, params?: ReasonParams, headers?: Record<string, string>): HttpError {
  return HttpError.of(status, serviceError(code, reason, params), headers);
}

/** A 400 that says what is wrong first, then every issue with the field it is about. */
export function invalidBody(error: z.ZodError, fallback = "The body is not valid."): HttpError {
  return HttpError.of(400, invalidInputError(issuesOf(error, 50), fallback));
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  res.end(text);
}

export function sendError(res: ServerResponse, err: HttpError): void {
  const body: { error: ErrorBody } = {
    error: {
      code: err.code,
      message: err.message,
      ...(err.reason ? { reason: err.reason } : {}),
      ...(err.params ? { params: err.params } : {}),
      ...(err.issues ? { issues: err.issues } : {}),
    },
  };
  sendJson(res, err.status, body, err.headers);
}

/** Reads a JSON body up to `limit` bytes: 413 past it, 400 for anything that is not JSON. */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers["content-type"] ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError(415, "invalid_input", "Send the body as JSON (Content-Type: application/json).");
  }
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) throw new HttpError(413, "invalid_input", `The body may be at most ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, "invalid_input", `The body may be at most ${limit} bytes.`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "invalid_input", "The body is not valid JSON.");
  }
}
