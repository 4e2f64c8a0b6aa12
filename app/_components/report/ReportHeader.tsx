"use client";

import Link from "next/link";
import { useLanguage, useT } from "@/lib/client/i18n";
import type { ReportWorkshop } from "@/lib/domain/report";
import type { ReportReader } from "@/lib/protocol";
import { formatDay } from "../phases/agreements/format";
import { LanguagePicker } from "../shared/LanguagePicker";
import { button } from "../shared/ui";
import { teamAccent } from "./labels";

/** Which workshop, when, who took part; and a way back for those who came from it. */
export function ReportHeader({ workshop, you }: { workshop: ReportWorkshop; you: ReportReader }) {
  const t = useT("report");
  const lang = useLanguage();
  const back =
    you.role === "facilitator"
      ? { href: `/f/${workshop.code}`, label: t("backToConsole") }
      : you.role === "participant"
        ? { href: `/w/${workshop.code}`, label: t("backToWorkshop") }
        : null;
  return (
    <header className="border-b border-line bg-surface print:border-b-2 print:border-ink">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-4 sm:px-6 print:px-0">
        <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
          <p className="text-sm font-semibold text-brand">{t("kicker")}</p>
          <div className="flex flex-wrap items-center gap-x-3 print:hidden">
            <LanguagePicker />
            {back ? (
              <Link href={back.href} className={`${button.quiet} -mr-2 px-2 text-sm`}>
                {back.label}
              </Link>
            ) : null}
          </div>
        </div>
        <h1 className="text-3xl font-bold text-balance wrap-anywhere">{workshop.title}</h1>
        <p className="flex flex-wrap gap-x-2 text-muted">
          <time dateTime={workshop.date}>{formatDay(lang, workshop.date)}</time>
          <span aria-hidden="true">·</span>
          <span>{workshop.endedAt ? t("ended") : t("running")}</span>
          <span aria-hidden="true">·</span>
          <span>{t("tookPart", { count: workshop.participants })}</span>
          <span aria-hidden="true">·</span>
          <span>
            {t("code")} <span className="font-mono font-semibold text-ink">{workshop.code}</span>
          </span>
        </p>
        <ul aria-label={t("teams")} className="flex flex-wrap gap-x-4 gap-y-1">
          {workshop.teams.map((team) => (
            <li key={team.id} className="inline-flex items-center gap-1.5 font-semibold">
              <span aria-hidden="true" className="size-3 rounded-full" style={{ background: teamAccent(workshop, team.name) }} />
              {team.name}
            </li>
          ))}
        </ul>
        <ReaderNote you={you} />
      </div>
    </header>
  );
}

function ReaderNote({ you }: { you: ReportReader }) {
  const t = useT("report");
  const note =
    you.role === "share"
      ? t("readerShare")
      : you.role === "owner"
        ? t("readerOwner")
        : you.role === "facilitator"
          ? t("readerFacilitator")
          : null;
  if (!note) return null;
  return <p className="rounded-lg bg-brand-soft px-3 py-1.5 text-sm text-brand-strong print:hidden">{note}</p>;
}
