/**
 * localStorage behind a guard: private browsing, a full quota or a server render must never break
 * a workshop; the phone then simply forgets on reload.
 */
export interface KeyValue {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export const memoryStorage = (): KeyValue => {
  const map = new Map<string, string>();
  return {
    get: (k) => map.get(k) ?? null,
    set: (k, v) => void map.set(k, v),
    remove: (k) => void map.delete(k),
  };
};

export function browserStorage(): KeyValue {
  const fallback = memoryStorage();
  const ls = typeof window === "undefined" ? null : safe(() => window.localStorage);
  if (!ls) return fallback;
  return {
    get: (k) => safe(() => ls.getItem(k)) ?? fallback.get(k),
    set: (k, v) => {
      if (safe(() => (ls.setItem(k, v), true)) === null) fallback.set(k, v);
    },
    remove: (k) => {
      safe(() => ls.removeItem(k));
      fallback.remove(k);
    },
  };
}

function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

export function readJson<T>(storage: KeyValue, key: string, fallback: T): T {
  const raw = storage.get(key);
  if (!raw) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}
