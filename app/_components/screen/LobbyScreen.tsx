import type { Phase } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import { UrlText } from "../shared/UrlText";
import { QrCode } from "../shared/QrCode";

/** The projector before the start: scan or type, and see the room fill up. */
export function LobbyScreen({
  code,
  joinUrl,
  joined,
  phase,
}: {
  code: string;
  joinUrl: string | null;
  joined: number;
  phase: Phase;
}) {
  const t = useT("screen");
  return (
    <div className="grid flex-1 items-center gap-[4vw] px-[4vw] py-[3vh] md:grid-cols-[auto_minmax(0,1fr)]">
      <div className="justify-self-center">
        {joinUrl ? (
          <QrCode
            text={joinUrl}
            label={t("qrLabel", { code })}
            className="w-[min(64vh,42vw)] rounded-2xl shadow-lg"
          />
        ) : (
          <div className="grid aspect-square w-[min(64vh,42vw)] place-items-center rounded-2xl bg-surface text-2xl text-muted">
            {t("loading")}
          </div>
        )}
      </div>
      <div className="min-w-0 space-y-[3vh]">
        <div aria-live="polite" aria-atomic="true">
          <h2 className="text-[clamp(2rem,3.6vw,4rem)] leading-tight font-bold">{phase.title}</h2>
        </div>
        <div>
          <p className="text-[clamp(1.25rem,2vw,2.25rem)] text-muted">{t("goTo")}</p>
          <p className="text-[clamp(1.5rem,2.6vw,3rem)] font-semibold">{joinUrl ? <UrlText url={joinUrl} /> : "…"}</p>
        </div>
        <div>
          <p className="text-[clamp(1.25rem,2vw,2.25rem)] text-muted">{t("orTypeCode")}</p>
          <p
            data-testid="join-code"
            className="font-mono text-[clamp(4rem,9vw,11rem)] leading-none font-bold tracking-[0.12em] text-brand"
          >
            {code}
          </p>
        </div>
        <p className="text-[clamp(1.5rem,2.4vw,2.75rem)]">
          <span className="font-bold tabular-nums">{joined}</span> {t("joined", { count: joined })}
        </p>
      </div>
    </div>
  );
}
