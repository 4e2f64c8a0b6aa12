/**
 * The domain alone, without sockets: the CPU time to fold a kick-off's log (2,000 joins, then a
 * card from each) as a restarted server does, and to apply the same events one at a time as a
 * live server does. It measures CPU time, not wall-clock, so a busy machine moves it little.
 * `node --import tsx tests/load/foldBench.ts [people]`
 */
import { apply, createWorkshop, fold, owning, type DomainEvent, type SeqEvent, type WorkshopState } from "@/lib/domain";

const people = Number(process.argv[2] ?? 2000);
const created = createWorkshop({ title: "Kick-off", teams: ["Sales", "IT", "Finance"] }, { code: "BENCH1", facilitatorTokenHash: "f".repeat(64) });
const phaseId = created.type === "workshop.created" ? created.agenda[0]!.id : "";
const raw: DomainEvent[] = [created];
for (let i = 0; i < people; i++) {
  raw.push({ type: "participant.joined", participantId: `p${i}`, name: `Person ${i}`, teamId: "t1", tokenHash: i.toString(16).padStart(64, "a") });
}
for (let i = 0; i < people; i++) {
  raw.push({ type: "card.added", cardId: `c${i}`, phaseId, authorId: `p${i}`, teamId: "t1", text: `Card ${i}`, column: null, aboutTeamId: null, anonymous: true });
}
const log: SeqEvent[] = raw.map((event, i) => ({ seq: i + 1, at: 1_700_000_000_000 + i, event }));

function cpuMs(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

for (let round = 0; round < 3; round++) {
  const folded = cpuMs(() => fold(log));
  const oneByOne = cpuMs(() => log.reduce<ReturnType<typeof fold> | null>((s, e) => apply(s, e), null));
  // As the live room does: one state, replaced by each event, its records its own.
  const own = new WeakSet<object>();
  const asTheRoom = cpuMs(() => log.reduce<WorkshopState | null>((s, e) => owning(() => apply(s, e), own), null));
  console.log(`${log.length} events: fold ${folded.toFixed(0)} ms CPU, one at a time ${oneByOne.toFixed(0)} ms CPU, as the room ${asTheRoom.toFixed(0)} ms CPU`);
}
