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
  return (
    <section aria-labelledby="join-panel-heading" className={`${panel} space-y-3`}>
      <h2 id="join-panel-heading" className="text-lg font-bold">
        Join code
      </h2>
      <p data-testid="join-code" className="font-mono text-5xl font-bold tracking-[0.15em] text-brand">
        {code}
      </p>
      {joinUrl ? (
        <>
          <QrCode
            text={joinUrl}
            label={`QR code to join workshop ${code}`}
            className="w-40 rounded-md border border-line"
          />
          <p className="text-sm text-muted">
            Join at
            <UrlText url={joinUrl} className="block font-semibold text-ink" />
          </p>
        </>
      ) : (
        <p className="text-sm text-muted">Loading the join link…</p>
      )}
      <p>
        <a
          href={`/s/${code}`}
          target="_blank"
          rel="noopener"
          className="font-semibold text-brand underline underline-offset-4 hover:text-brand-strong"
        >
          Open the room screen
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      </p>
      <p className="text-sm text-muted">
        {screens === 0 ? "No room screen is open." : screens === 1 ? "A room screen is open." : `${screens} room screens are open.`}
      </p>
    </section>
  );
}
