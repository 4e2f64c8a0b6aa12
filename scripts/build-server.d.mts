/** Types of build-server.mjs, for the TypeScript that calls it (the load bench). */
export function buildServer(entries?: Record<string, string>, outdir?: string): Promise<Record<string, string>>;
