/**
 * Setting one entry of a record the state holds (cards, participants), without copying the whole
 * record when no one else can see it. `apply` is pure: each event gives a new state and leaves
 * the old one as it was, which costs a copy of the record per event, and a workshop of 2,000
 * people and 2,000 cards folded from its log after a restart made 4,000 copies of records
 * growing to 2,000 entries (over a second of the server's time). Inside `owning` (a fold, whose
 * in-between states nobody keeps), a record copied once is then written in place.
 */
/** The records a holder may write in place: a WeakSet, or anything that answers as one. */
export interface Owned {
  has(record: object): boolean;
  add(record: object): unknown;
}

let owned: Owned | null = null;

export function withEntry<T>(record: Record<string, T>, key: string, value: T): Record<string, T> {
  if (owned?.has(record)) {
    record[key] = value;
    return record;
  }
  const copy = { ...record, [key]: value };
  owned?.add(copy);
  return copy;
}

/**
 * Runs `work` with the records it copies its own: only for work whose in-between states are
 * dropped. A holder that keeps one state for good and replaces it with each event (the server's
 * room) passes the same `own` every time, so a record it copied once is written in place after.
 */
export function owning<R>(work: () => R, own: Owned = new WeakSet()): R {
  const outer = owned;
  owned = own;
  try {
    return work();
  } finally {
    owned = outer;
  }
}
