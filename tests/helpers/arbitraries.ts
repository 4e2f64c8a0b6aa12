import fc from "fast-check";
import { CommandSchema, DomainEventSchema, type CommandInput } from "@/lib/domain";

/**
 * fast-check generators for bad input: values of every shape (JSON-like, as a socket or an HTTP
 * body carries them), with the keys and strings that break careless code — `__proto__`,
 * `constructor`, ids that exist and ids that do not, strings far over every limit.
 */

/** Names that every plain object already answers to: a lookup by them must not find "something". */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf"] as const;

/** Ids a workshop really has (see `scene()` and the default agenda) beside ones it does not. */
export const KNOWN_IDS = [
  "t1", "t2", "t3", "t9", "p2", "p3", "p99", "c5", "c6", "c7", "c404", "g1", "a1", "b1",
  "lobby", "check-in", "changes", "shoes", "mirror", "beliefs", "strengths", "brainstorm", "agreements", "carry-over", "check-out",
  "they-understand", "i-understand", "strengths", "challenges",
] as const;

/** A string far over every limit the schemas set (kept once: building it per run is slow). */
export const HUGE = "é".repeat(70_000);

/** A JSON object whose own keys are dangerous ones (as JSON.parse makes them: own properties). */
const prototypeObject = fc
  .tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.jsonValue())
  .map(([key, value]) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value ?? null)}, "type": "card.add"}`) as unknown);

/** One field's value: right-looking, wrong type, too big, or a trap. */
export const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(...KNOWN_IDS) },
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...PROTOTYPE_KEYS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(HUGE, "", " ", "\u0000", "<script>alert(1)</script>", "😀".repeat(300)) },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 1, 5, 6, 241, Number.MAX_SAFE_INTEGER)) },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, undefined) },
  { weight: 1, arbitrary: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: prototypeObject },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

const COMMAND_SHAPES = CommandSchema.options.map((o) => ({ type: o.shape.type.value as string, keys: Object.keys(o.shape).filter((k) => k !== "type") }));

/** Every command type the domain knows. */
export const COMMAND_TYPES = COMMAND_SHAPES.map((s) => s.type);

/**
 * Something shaped like a command: a real type (or a made-up one) with each of its fields filled
 * by `fieldValue`, some fields left out, some extra ones added.
 */
export const commandLike: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...COMMAND_SHAPES) }, { weight: 1, arbitrary: fc.string().map((type) => ({ type, keys: ["id"] })) }),
    fc.array(fieldValue, { minLength: 8, maxLength: 8 }),
    fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 8 })), fieldValue, { maxKeys: 2 }),
  )
  .map(([shape, values, keep, extra]) => {
    const command: Record<string, unknown> = { ...extra };
    shape.keys.forEach((key, i) => {
      if (keep[i] !== false || i === 0) command[key] = key === "fields" ? agreementFieldsLike(values[i]) : values[i];
    });
    command.type = shape.type;
    return command;
  });

const EVENT_SHAPES = DomainEventSchema.options.map((o) => ({ type: o.shape.type.value as string, keys: Object.keys(o.shape).filter((k) => k !== "type") }));

/** Something shaped like a stored event (what a damaged log or a rogue writer could hold). */
export const eventLike: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...EVENT_SHAPES) }, { weight: 1, arbitrary: fc.string().map((type) => ({ type, keys: ["cardId"] })) }),
    fc.array(fieldValue, { minLength: 8, maxLength: 8 }),
  )
  .map(([shape, values]) => {
    const event: Record<string, unknown> = {};
    shape.keys.forEach((key, i) => (event[key] = key === "fields" ? agreementFieldsLike(values[i]) : values[i]));
    event.type = shape.type;
    return event;
  });

/** A value a field of this name would plausibly hold: right type, ids that exist or are traps. */
function plausible(key: string): fc.Arbitrary<unknown> {
  const ids = fc.constantFrom<unknown>(...KNOWN_IDS, ...KNOWN_IDS, ...PROTOTYPE_KEYS);
  if (/Id$|^column$/.test(key)) return fc.oneof(ids, fc.constant(null));
  switch (key) {
    case "text":
    case "name":
    case "title":
    case "measured":
    case "note":
      return fc.constantFrom("Faster quotes", "  Ask IT  ", "constructor", "x".repeat(501), "");
    case "hidden":
    case "locked":
    case "done":
    case "endorsed":
      return fc.boolean();
    case "value":
    case "minutes":
      return fc.integer({ min: 0, max: 31 });
    case "reaction":
      return fc.constantFrom("recognised", "surprised", null, "angry");
    case "vote":
      return fc.constantFrom("agree", "partly", "disagree", "maybe");
    case "cause":
      return fc.constantFrom("unexplained", "not-consulted", "expertise-unused", "other");
    case "status":
      return fc.constantFrom("not-started", "on-track", "at-risk", "done", "lost");
    case "ref":
      return fc.oneof(fc.constant(null), fc.record({ kind: fc.constantFrom("card", "belief", "agreement"), id: ids }));
    case "fields":
      return fc.tuple(ids, ids).map(([owner, buddy]) => validAgreementFields(String(owner), String(buddy)));
    case "tokenHash":
      return fc.constant("a".repeat(64));
    default:
      return fieldValue;
  }
}

/**
 * A command that mostly passes the schema, its ids pointing at things that exist, do not exist,
 * or are `constructor`: what reaches the rules (`decide`), not only the parser.
 */
export const plausibleCommand: fc.Arbitrary<Record<string, unknown>> = fc.constantFrom(...COMMAND_SHAPES).chain(({ type, keys }) =>
  fc.record(Object.fromEntries(keys.map((k) => [k, plausible(k)]))).map((fields) => ({ ...fields, type })),
);

/** Agreement fields that are right but for (maybe) one field, which takes a fuzzed value. */
function agreementFieldsLike(value: unknown): unknown {
  const fields: Record<string, unknown> = validAgreementFields();
  if (typeof value === "string" && value.length % 3 === 0) fields.ownerTeamId = value;
  else if (typeof value === "number") fields.dueDate = value;
  else if (value === null) fields.metric = null;
  else if (typeof value === "string") fields.buddyTeamId = value;
  return fields;
}

/** What the agreement form sends when it is filled in well. */
export function validAgreementFields(owner = "t1", buddy: string | null = "t2") {
  return {
    what: "Sales asks IT before promising a delivery date",
    ownerTeamId: owner,
    ownerName: "Ann",
    buddyTeamId: buddy,
    buddyName: buddy === null ? "" : "Bob",
    dueDate: "2030-03-01",
    reviewDate: "2030-04-01",
    metric: { name: "Promises kept", baseline: "60%", target: "90%" },
    legalCheck: { needed: false, note: "" },
  };
}

/** Any payload at all a socket could send: junk, or an envelope around something command-like. */
export const socketPayload: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.anything({ maxDepth: 3, withObjectString: true, withNullPrototype: true }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: prototypeObject },
  {
    weight: 6,
    arbitrary: fc.record(
      { id: fc.oneof(fc.string({ minLength: 8, maxLength: 16 }).map((s) => s.replace(/[^A-Za-z0-9_-]/g, "x")), fieldValue), command: fc.oneof(commandLike, plausibleCommand) },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.record({ since: fieldValue }) },
);

/** A command as a client sends it: a well-formed id around a plausible command. */
export const plausibleEnvelope = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9_-]{8,24}$/),
  command: plausibleCommand,
});

/** A command that passed the schema is a `CommandInput`; the cast names that for the caller. */
export const asCommand = (value: unknown) => value as CommandInput;
