"use client";

import { useLanguage, useT } from "@/lib/client/i18n";
import type { WorkshopState } from "@/lib/domain";
import { formatTime } from "@/lib/i18n/format";
import { panel } from "../shared/ui";
import { ReportLink } from "../report/ReportLink";
import { ConfirmButton } from "./ConfirmButton";
import type { Send } from "../phases/types";

const SIZE = {
  phone: "rounded-xl p-4 text-lg",
  console: "rounded-xl p-4 text-lg",
  screen: "rounded-2xl px-[2vw] py-[1.5vh] text-[clamp(1.25rem,2.2vw,2.75rem)]",
} as const;

/** After the end: everything stays readable, nothing can change. Shown on every device. */
export function EndedNotice({ state, size }: { state: WorkshopState; size: keyof typeof SIZE }) {
  const t = useT("common");
  if (state.endedAt === null) return null;
  return (
    <div role="status" className={`border-2 border-ink bg-warn-soft text-warn-ink ${SIZE[size]}`}>
      <p className="font-bold">{t("ended")}</p>
      {size === "screen" ? null : (
        <p className="text-base">
          {size === "console" ? t("endedConsole") : t("endedPhone")}
        </p>
      )}
      {/* The agreements, the downloads and the follow-up live on the report from now on. */}
      {size === "screen" ? null : <ReportLink code={state.code} prominent newTab={size === "console"} className="mt-3" />}
    </div>
  );
}

/** The facilitator's last control: ends the workshop for everyone, after a confirmation. */
export function EndWorkshopPanel({ state, send }: { state: WorkshopState; send: Send }) {
  const t = useT("common");
  const lang = useLanguage();
  return (
    <section aria-labelledby="end-heading" className={`${panel} space-y-2`}>
      <h2 id="end-heading" className="text-lg font-bold">
        {t("endWorkshop")}
      </h2>
      {state.endedAt === null ? (
        <>
          <p className="text-sm text-muted">{t("endWorkshopHint")}</p>
          <ConfirmButton
            label={t("endWorkshop")}
            question={t("endQuestion")}
            confirmLabel={t("endIt")}
            groupLabel={t("confirmEnd")}
            onConfirm={() => send({ type: "workshop.end" })}
          />
        </>
      ) : (
        <p>
          <time dateTime={new Date(state.endedAt).toISOString()}>{t("endedAt", { time: formatTime(lang, state.endedAt) })}</time>
        </p>
      )}
    </section>
  );
}
