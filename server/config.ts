import { z } from "zod";
import type { LimitSettings } from "./limits";

/** A whole number of at least 0, from an environment string; `what` says what it counts. */
const count = (what: string, fallback: number, max = 1_000_000) =>
  z.coerce
    .number({ message: `must be a whole number (${what})` })
    .int({ message: `must be a whole number (${what})` })
    .min(0, { message: `must be 0 or more (${what})` })
    .max(max, { message: `must be at most ${max} (${what})` })
    .default(fallback);

/** Onside's settings, all from the environment, checked once at start-up. */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  PUBLIC_URL: z
    .url({ message: "must be a full URL such as http://192.168.1.20:3000" })
    .transform((u) => u.replace(/\/+$/, ""))
    .optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Several servers share one PostgreSQL database: set this on each. Unset: SQLite under DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, { message: "must be a PostgreSQL URL such as postgres://onside:password@db.example:5432/onside" })
    .optional(),
  /** Several servers reach each other's sockets through Redis: set this on each (with DATABASE_URL). */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, { message: "must be a Redis URL such as redis://redis.example:6379" })
    .optional(),
  /** Servers with the same prefix form one cluster; another prefix lets a second Onside share the Redis. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,64}$/, { message: "must be 1 to 64 letters, digits, ':', '_' or '-'" })
    .default("onside"),

  /**
   * How many reverse proxies stand in front of Onside. 0: the address a request comes from is the
   * client's. 1 or more: the client's address is taken from X-Forwarded-For, that many entries from
   * its end (a client can write anything at the start of that header, only the proxies' entries
   * can be trusted). "true" means 1, "false" 0.
   */
  TRUST_PROXY: z.preprocess(
    (v) => (v === "true" ? "1" : v === "false" ? "0" : v),
    count("the number of proxies in front of Onside, or true/false", 0, 10),
  ),
  /** When set, creating or importing a workshop needs it (Authorization: Bearer <CREATE_SECRET>). */
  CREATE_SECRET: z
    .string()
    .trim()
    .min(12, { message: "must be at least 12 characters, or unset for a server where anyone may create workshops" })
    .max(256, { message: "must be at most 256 characters" })
    .regex(/^\S+$/, { message: "must not contain spaces (it is sent as a bearer token)" })
    .optional(),
  /** Workshops whose last event is older than this many days are deleted; 0 keeps them forever. */
  RETENTION_DAYS: count("days; 0 keeps workshops forever", 90, 36_500),
  MAX_PARTICIPANTS: count("people per workshop; 0 means no limit", 500),
  /** Commands (and sync requests) one socket may send at once, then per second. 0 turns it off. */
  RATE_COMMANDS_BURST: count("commands at once per socket; 0 turns the limit off", 50),
  RATE_COMMANDS_PER_SECOND: count("commands per second per socket; 0 turns the limit off", 10),
  /** Socket connections (joins, reconnects) per client address and minute. */
  RATE_CONNECTIONS_PER_MINUTE: count("socket connections per address and minute; 0 turns the limit off", 300),
  /** Workshops created or imported per client address and minute. */
  RATE_CREATES_PER_MINUTE: count("workshops created per address and minute; 0 turns the limit off", 30),
  /** Lookups of codes that name no workshop, per client address and minute: join codes cannot be guessed. */
  RATE_CODE_MISSES_PER_MINUTE: count("unknown codes tried per address and minute; 0 turns the limit off", 20),
});

// Servers that share sockets must share the workshops too: each with its own SQLite file, a code
// would name a different workshop on each.
const CheckedConfigSchema = ConfigSchema.refine((c) => !c.REDIS_URL || c.DATABASE_URL, {
  path: ["REDIS_URL"],
  message: "needs DATABASE_URL too: servers that share their sockets must share one database",
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Settings whose value must never appear in a message or a log. */
const SECRET = new Set(["CREATE_SECRET", "DATABASE_URL", "REDIS_URL"]);

export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty variable (PORT=) means "not set", as most shells and .env files intend.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = CheckedConfigSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => {
    const name = String(i.path[0]);
    const value = present[name];
    const got = SECRET.has(name) ? `a value of ${value?.length ?? 0} characters` : JSON.stringify(value);
    return `  ${i.path.join(".")}: ${i.message} (got ${got})`;
  });
  throw new ConfigError(`Onside cannot start: bad configuration\n${lines.join("\n")}`);
}

/** The limits as the server applies them. */
export function limitsFrom(config: Config): LimitSettings {
  return {
    commands: { burst: config.RATE_COMMANDS_BURST, perSecond: config.RATE_COMMANDS_PER_SECOND },
    connectionsPerMinute: config.RATE_CONNECTIONS_PER_MINUTE,
    createsPerMinute: config.RATE_CREATES_PER_MINUTE,
    codeMissesPerMinute: config.RATE_CODE_MISSES_PER_MINUTE,
    maxParticipants: config.MAX_PARTICIPANTS,
    trustProxy: config.TRUST_PROXY,
  };
}
