import type { Distribution } from "@/lib/domain";
import type { Translate } from "@/lib/i18n";
import type { ReportPulse, ReportShift, ReportWorkshop } from "@/lib/domain/report";
import { describeChange, formatChange, formatMean, SCALE } from "../phases/pulse/scale";
import { useT } from "@/lib/client/i18n";
import { teamAccent } from "./labels";
import { Section } from "./Section";

/**
 * Each check-out beside its check-in, question by question: per team and overall, the average
 * before (hollow) and after (filled) on the 1–5 scale, joined by a line, with the numbers and the
 * change written out.
 */
export function PulseSection({ workshop, pulses }: { workshop: ReportWorkshop; pulses: ReportPulse[] }) {
  const t = useT("report");
  if (pulses.length === 0) return null;
  return (
    <Section id="pulse" title={t("pulse")} intro={t("pulseIntro")}>
      <div className="space-y-6">
        {pulses.map((pulse, p) => {
          const paired = pulse.questions.some((q) => q.overall.before !== null);
          return (
            <div key={p} className="space-y-3">
              <h3 className="break-after-avoid text-xl font-bold">{pulse.title}</h3>
              <Legend paired={paired} />
              <ul className="grid gap-4 lg:grid-cols-2 print:block print:space-y-4">
                {pulse.questions.map((question, q) => (
                  <li key={q} className="break-inside-avoid space-y-2 rounded-xl border border-line bg-surface p-4 shadow-sm print:shadow-none">
                    <h4 className="font-semibold text-pretty">{question.text}</h4>
                    <Axis />
                    <dl className="space-y-2">
                      <ShiftRow label={t("everyone")} accent="var(--color-ink)" shift={question.overall} strong />
                      {question.teams
                        .filter((t) => t.meanBefore !== null || t.meanAfter !== null)
                        .map((t) => (
                          <ShiftRow key={t.team} label={t.team} accent={teamAccent(workshop, t.team)} shift={t} />
                        ))}
                    </dl>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </Section>
  );
}

function Legend({ paired }: { paired: boolean }) {
  const t = useT("report");
  return (
    <p className="flex break-after-avoid flex-wrap items-center gap-x-4 text-sm text-muted">
      {paired ? (
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="size-3 rounded-full border-2 border-muted bg-surface" /> {t("checkIn")}
        </span>
      ) : null}
      <span className="inline-flex items-center gap-1.5">
        <span aria-hidden="true" className="size-3 rounded-full bg-brand" /> {paired ? t("checkOut") : t("average")}
      </span>
    </p>
  );
}

/** The scale's ends over the tracks, lined up with them. */
function Axis() {
  const [first, , , , last] = SCALE;
  return (
    <div aria-hidden="true" className="grid grid-cols-[minmax(0,6.5rem)_minmax(0,1fr)] gap-x-3 text-xs text-muted">
      <span />
      <span className="flex justify-between">
        <span>
          {first.value}
          <span className="hidden sm:inline"> {first.label}</span>
        </span>
        <span>
          {last.value}
          <span className="hidden sm:inline"> {last.label}</span>
        </span>
      </span>
    </div>
  );
}

/** Where a mean sits on the 1–5 track, in per cent of its width. */
const at = (mean: number) => `${((Math.min(5, Math.max(1, mean)) - 1) / 4) * 100}%`;
const answers = (d: Distribution | null) => (d ? d.reduce((a, b) => a + b, 0) : 0);

function ShiftRow({ label, accent, shift, strong = false }: { label: string; accent: string; shift: ReportShift; strong?: boolean }) {
  const t = useT("report");
  const { meanBefore: before, meanAfter: after } = shift;
  const change = before !== null && after !== null ? after - before : null;
  const rounded = change === null ? 0 : Math.round(change * 10);
  const tone = rounded > 0 ? "text-ok" : rounded < 0 ? "text-danger" : "text-muted";
  const from = before !== null && after !== null ? Math.min(before, after) : null;
  const to = before !== null && after !== null ? Math.max(before, after) : null;
  return (
    <div className="grid grid-cols-[minmax(0,6.5rem)_minmax(0,1fr)] items-start gap-x-3">
      <dt className={`flex min-w-0 items-center gap-1.5 text-sm ${strong ? "font-bold" : "font-semibold"}`}>
        <span aria-hidden="true" className="size-2.5 shrink-0 rounded-full" style={{ background: accent }} />
        <span className="min-w-0 wrap-anywhere">{label}</span>
      </dt>
      <dd className="min-w-0 space-y-0.5">
        <div aria-hidden="true" className="relative mx-1.5 h-4">
          <span className="absolute inset-x-0 top-1/2 h-0.5 -translate-y-1/2 bg-line" />
          {[1, 2, 3, 4, 5].map((tick) => (
            <span key={tick} className="absolute top-1/2 h-2 w-px -translate-y-1/2 bg-line" style={{ left: at(tick) }} />
          ))}
          {from !== null && to !== null ? (
            <span
              className={`absolute top-1/2 h-1 -translate-y-1/2 ${rounded < 0 ? "bg-danger" : "bg-ok"}`}
              style={{ left: at(from), width: `calc(${at(to)} - ${at(from)})` }}
            />
          ) : null}
          {before !== null ? (
            <span className="absolute top-1/2 size-3.5 -translate-1/2 rounded-full border-2 border-muted bg-surface" style={{ left: at(before) }} />
          ) : null}
          {after !== null ? (
            <span className="absolute top-1/2 size-3.5 -translate-1/2 rounded-full bg-brand ring-2 ring-surface" style={{ left: at(after) }} />
          ) : null}
        </div>
        <p className="text-sm tabular-nums">
          {before !== null ? (
            <>
              {formatMean(before)} → <strong>{formatMean(after)}</strong>{" "}
              {change !== null ? (
                <span className={`font-bold ${tone}`}>
                  <span aria-hidden="true">
                    {rounded > 0 ? "↑" : rounded < 0 ? "↓" : "="} {formatChange(change)}
                  </span>
                  <span className="sr-only">{describeChange(change)}</span>
                </span>
              ) : null}
            </>
          ) : (
            <strong>{formatMean(after)}</strong>
          )}{" "}
          <span className="text-muted">({countLabel(t, shift)})</span>
        </p>
      </dd>
    </div>
  );
}

function countLabel(t: Translate<"report">, shift: ReportShift): string {
  const after = answers(shift.after);
  if (shift.before === null) return t("answers", { count: after });
  return t("answersShift", { before: answers(shift.before), after });
}
