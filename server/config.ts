import { z } from "zod";

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
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty variable (PORT=) means "not set", as most shells and .env files intend.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = ConfigSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message} (got ${JSON.stringify(present[String(i.path[0])])})`);
  throw new ConfigError(`Onside cannot start: bad configuration\n${lines.join("\n")}`);
}
