"use client";

import { useCallback, useEffect, useId, useState } from "react";
import { ApiFailure } from "@/lib/client/api";
import { useExplain, useLanguage, useT } from "@/lib/client/i18n";
import type { WorkshopState } from "@/lib/domain";
import type { CatchUpSummary } from "@/lib/domain/features/catchup/summary";
import { formatDate } from "@/lib/i18n/format";
import { CopyField } from "../shared/CopyField";
import { QrCode } from "../shared/QrCode";
import { button, field, label, panel } from "../shared/ui";
import { catchUpAdmin } from "./catchUpAdminApi";
import { isCatchUpPhase } from "@/lib/domain/features/catchup/steps";

const DAY = 24 * 3600_000;
/** Progress changes slowly (people catch up over days): a look every half minute is plenty. */
const REFRESH_MS = 30_000;
const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);
/** The end of the chosen day, in the facilitator's time zone. */
const endOfDay = (day: string) => new Date(`${day}T23:59:59`).getTime();

/** Opens the catch-up for absent colleagues, gives a link and QR code per team, shows progress and concerns. */
export function CatchUpPanel({ code, token, state }: { code: string; token: string; state: WorkshopState }) {
  const t = useT("catchup");
  const explain = useExplain();
  const lang = useLanguage();
  const [summary, setSummary] = useState<CatchUpSummary | null>(null);
  const [day, setDay] = useState(() => isoDay(Date.now() + 14 * DAY));
  const [links, setLinks] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const dayId = useId();
  // Every phase a catch-up can take is kept unless the facilitator leaves it out.
  const eligible = state.agenda.filter(isCatchUpPhase);
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const kept = eligible.filter((p) => !skipped.has(p.id)).map((p) => p.id);

  const refresh = useCallback(() => catchUpAdmin.summary(code, token).then(setSummary, () => undefined), [code, token]);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  async function act(work: () => Promise<CatchUpSummary | null | void>) {
    setBusy(true);
    setFailure(null);
    try {
      const next = await work();
      if (next !== undefined) setSummary(next);
    } catch (err) {
      setFailure(err instanceof ApiFailure ? explain.error(err) : String(err));
    } finally {
      setBusy(false);
    }
  }

  const teamName = (id: string) => state.teams.find((x) => x.id === id)?.name ?? "";
  const dateField = (
    <div className="space-y-1">
      <label htmlFor={dayId} className={label}>
        {t("deadline")}
      </label>
      <input id={dayId} type="date" value={day} onChange={(e) => setDay(e.target.value)} className={field} />
    </div>
  );

  return (
    <section className={`${panel} space-y-4`} aria-labelledby={`${dayId}-title`}>
      <h2 id={`${dayId}-title`} className="text-lg font-bold">
        {t("panelTitle")}
      </h2>
      {!summary ? (
        <>
          <p>{t("panelHint")}</p>
          {dateField}
          <fieldset className="space-y-1">
            <legend className={label}>{t("keptPhases")}</legend>
            {eligible.map((phase) => (
              <label key={phase.id} className="flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  className="h-5 w-5 shrink-0"
                  checked={!skipped.has(phase.id)}
                  onChange={(e) =>
                    setSkipped((all) => {
                      const next = new Set(all);
                      if (e.target.checked) next.delete(phase.id);
                      else next.add(phase.id);
                      return next;
                    })
                  }
                />
                <span className="wrap-anywhere">{phase.title}</span>
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            disabled={busy || kept.length === 0}
            className={button.primary}
            onClick={() => act(() => catchUpAdmin.open(code, token, endOfDay(day), kept))}
          >
            {busy ? t("opening") : t("open")}
          </button>
        </>
      ) : (
        <>
          <p className="font-semibold">{summary.open ? t("openUntil", { date: formatDate(lang, summary.deadline, { dateStyle: "long" }) }) : t("closedSince")}</p>
          <div className="flex flex-wrap items-end gap-2">
            {dateField}
            <button type="button" disabled={busy} className={button.secondary} onClick={() => act(() => catchUpAdmin.extend(code, token, endOfDay(day)))}>
              {t("extend")}
            </button>
            {summary.open ? (
              <button type="button" disabled={busy} className={button.quiet} onClick={() => act(() => catchUpAdmin.close(code, token))}>
                {t("close")}
              </button>
            ) : null}
          </div>
          <ul className="space-y-3">
            {summary.teams.map((team) => (
              <li key={team.teamId} className="space-y-2 rounded-lg border border-line p-3">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <span className="font-semibold wrap-anywhere">{teamName(team.teamId)}</span>
                  <span className="shrink-0 whitespace-nowrap text-sm text-muted">{t("teamInRoom", { count: team.inTheRoom })}</span>
                </div>
                <p className="text-sm">{t("teamProgress", { joined: team.joined, started: team.started, finished: team.finished })}</p>
                {links[team.teamId] ? (
                  <div className="space-y-2">
                    <CopyField label={t("linkFor", { team: teamName(team.teamId) })} value={links[team.teamId]!} />
                    <QrCode text={links[team.teamId]!} label={t("qrFor", { team: teamName(team.teamId) })} className="h-40 w-40" />
                  </div>
                ) : (
                  <button
                    type="button"
                    disabled={busy}
                    className={button.secondary}
                    onClick={() =>
                      act(async () => {
                        const url = await catchUpAdmin.link(code, token, team.teamId);
                        setLinks((all) => ({ ...all, [team.teamId]: url }));
                        return catchUpAdmin.summary(code, token);
                      })
                    }
                  >
                    {t("makeLink", { team: teamName(team.teamId) })}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <h3 className="font-semibold">{t("concerns")}</h3>
          {summary.concerns.length === 0 ? <p className="text-muted">{t("noConcerns")}</p> : null}
          <ul className="space-y-2">
            {summary.concerns.map((c, i) => (
              <li key={i} className="rounded-lg bg-brand-soft p-2">
                <p className="text-sm font-semibold wrap-anywhere">{state.agreements[c.agreementId]?.what}</p>
                <p className="wrap-anywhere">{c.text}</p>
                <p className="text-sm text-muted wrap-anywhere">{t("concernBy", { name: c.name, team: teamName(c.teamId) })}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {failure ? (
        <p role="alert" className="font-semibold text-danger wrap-anywhere">
          {failure}
        </p>
      ) : null}
    </section>
  );
}
