import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  AgreementFieldsSchema,
  apply,
  CommandSchema,
  CreateWorkshopSchema,
  decide,
  DomainEventSchema,
  REFUSALS,
  viewFor,
  type Actor,
  type DomainErrorCode,
  type WorkshopState,
} from "@/lib/domain";
import { CommandEnvelopeSchema, HandshakeSchema, ProgressFieldsSchema, SyncRequestSchema, WorkshopImportSchema } from "@/lib/protocol";
import { commandLike, eventLike, fieldValue, plausibleCommand, socketPayload } from "../../helpers/arbitraries";
import { facilitator, guest, participant, scene, screen, T0, workshop } from "../../helpers/domain";
import { violations } from "../../helpers/invariants";
import { interpret, step } from "./model";

const BOUNDARY: [string, z.ZodType][] = [
  ["command envelope", CommandEnvelopeSchema],
  ["command", CommandSchema],
  ["sync request", SyncRequestSchema],
  ["handshake", HandshakeSchema],
  ["new workshop", CreateWorkshopSchema],
  ["import", WorkshopImportSchema],
  ["progress", ProgressFieldsSchema],
  ["agreement fields", AgreementFieldsSchema],
  ["stored event", DomainEventSchema],
];

const junk = fc.oneof(socketPayload, commandLike, eventLike, fc.anything({ withNullPrototype: true, withObjectString: true }));

/** Every string inside a value, however deep. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

const DOMAIN_CODES: DomainErrorCode[] = ["invalid_input", "forbidden", "not_found", "conflict", "closed"];

/** Workshops at several points of a day, made by the model from fixed seeds, and `scene()`. */
const WORKSHOPS: WorkshopState[] = [
  scene(),
  ...fc.sample(fc.array(step, { minLength: 60, maxLength: 120 }), { seed: 7, numRuns: 6 }).map((steps) => {
    let state = workshop();
    steps.forEach((s, i) => {
      const { actor, command } = interpret(state, s);
      const parsed = CommandSchema.safeParse(command);
      const decision = parsed.success ? decide(state, parsed.data, { actor, now: T0 + i * 60_000 }) : null;
      if (decision?.ok) for (const event of decision.events) state = apply(state, { seq: state.seq + 1, at: T0 + i * 60_000, event });
    });
    return state;
  }),
];

const actor: fc.Arbitrary<Actor> = fc.oneof(
  fc.constant(facilitator),
  fc.constant(screen),
  fc.nat({ max: 6 }).map((n) => guest(n)),
  fc.constantFrom("p2", "p3", "p4", "p5", "p99", "__proto__", "constructor").map((id) => participant(id)),
  fc.constantFrom("a1", "constructor").map((agreementId): Actor => ({ role: "owner", agreementId })),
);

describe("bad input at every boundary schema", () => {
  it("is answered with a parse result, never a throw; what parses is within the limits and has only known keys", () => {
    fc.assert(
      fc.property(junk, (value) => {
        for (const [name, schema] of BOUNDARY) {
          let result: { success: boolean; data?: unknown } | undefined;
          expect(() => (result = schema.safeParse(value)), name).not.toThrow();
          expect(typeof result!.success, name).toBe("boolean");
        }
        const parsed = CommandEnvelopeSchema.safeParse(value);
        if (parsed.success) {
          // The longest text a command may carry is a card's (500 characters).
          for (const s of strings(parsed.data)) expect(s.length).toBeLessThanOrEqual(500);
          const shape = CommandSchema.options.find((o) => o.shape.type.value === parsed.data.command.type)!.shape;
          for (const key of Object.keys(parsed.data.command)) expect(Object.keys(shape)).toContain(key);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("decide over commands that pass the schema, from anyone, in any state", () => {
  it("always gives a Decision; what it accepts can be stored, read back and applied, and the workshop stays sound", () => {
    fc.assert(
      fc.property(fc.oneof(commandLike, plausibleCommand, plausibleCommand), actor, fc.nat({ max: WORKSHOPS.length - 1 }), (raw, who, n) => {
        const parsed = CommandSchema.safeParse(raw);
        if (!parsed.success) return;
        const state = WORKSHOPS[n]!;
        const decision = decide(state, parsed.data, { actor: who, now: T0 + 3_600_000 });
        if (!decision.ok) {
          expect(DOMAIN_CODES).toContain(decision.error.code);
          expect(decision.error.message).toMatch(/\w/);
          // Every refusal is one a phone can word in its language, with each placeholder filled.
          expect(Object.keys(REFUSALS)).toContain(decision.error.reason);
          expect(decision.error.message).not.toMatch(/\{\w+\}/);
          return;
        }
        let after = state;
        for (const event of decision.events) {
          const readBack = DomainEventSchema.safeParse(JSON.parse(JSON.stringify(event)));
          expect(readBack.success, `${parsed.data.type} by ${JSON.stringify(who)} made an event the store cannot read back: ${JSON.stringify(event)}`).toBe(true);
          after = apply(after, { seq: after.seq + 1, at: T0 + 3_600_000, event: readBack.data! });
        }
        expect(violations(after), `after ${JSON.stringify(parsed.data)} by ${JSON.stringify(who)}`).toEqual([]);
        expect(() => viewFor(after, { role: "participant", participantId: null })).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe("events that are not what the log should hold", () => {
  it("are refused by the event schema when unknown or malformed, and whatever it lets through applies without a throw", () => {
    fc.assert(
      fc.property(fc.oneof(eventLike, fc.record({ type: fc.string() }), fc.record({ type: fieldValue })), fc.nat({ max: WORKSHOPS.length - 1 }), (raw, n) => {
        const parsed = DomainEventSchema.safeParse(raw);
        if (!parsed.success) return;
        if (parsed.data.type === "workshop.created") return;
        const state = WORKSHOPS[n]!;
        expect(() => apply(state, { seq: state.seq + 1, at: T0, event: parsed.data })).not.toThrow();
      }),
      { numRuns: 400 },
    );
    expect(DomainEventSchema.safeParse({ type: "card.exploded", cardId: "c1" }).success).toBe(false);
  });
});
