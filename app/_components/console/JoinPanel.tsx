"use client";

import { useT } from "@/lib/client/i18n";
import { UrlText } from "../shared/UrlText";
import { QrCode } from "../shared/QrCode";
import { panel } from "../shared/ui";

/** How people get in: the code, its QR code, the address, and the way to the room screen. */
export function JoinPanel({
  code,
  joinUrl,
  screens,
}: {
  code: string;
  joinUrl: string | null;
  screens: number;
}) {
  const t = useT("facilitator");
  return (
    <section aria-labelledby="join-panel-heading" className={`${panel} space-y-3`}>
      <h2 id="join-panel-heading" className="text-lg font-bold">
        {t("joinCode")}
      </h2>
      <p data-testid="join-code" className="font-mono text-5xl font-bold tracking-[0.15em] text-brand">
        {code}
      </p>
      {joinUrl ? (
        <>
          <QrCode
            text={joinUrl}
            label={t("qrLabel", { code })}
            className="w-40 rounded-md border border-line"
          />
          <p className="text-sm text-muted">
            {t("joinAt")}
            <UrlText url={joinUrl} className="block font-semibold text-ink" />
          </p>
        </>
      ) : (
        <p className="text-sm text-muted">{t("loadingJoinLink")}</p>
      )}
      <p>
        <a
          href={`/s/${code}`}
          target="_blank"
          rel="noopener"
          className="font-semibold text-brand underline underline-offset-4 hover:text-brand-strong"
        >
          {t("openScreen")}
          <span className="sr-only">{t("newTab")}</span>
        </a>
      </p>
      <p className="text-sm text-muted">
        {screens === 0 ? t("noScreen") : t("screensOpen", { count: screens })}
      </p>
    </section>
  );
}
