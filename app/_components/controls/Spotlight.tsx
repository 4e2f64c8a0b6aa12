"use client";

import { useT } from "@/lib/client/i18n";
import type { WorkshopState } from "@/lib/domain";
import type { Send } from "../phases/types";
import { teamColor } from "../shared/teamColor";
import { button } from "../shared/ui";
import { spotlightOf } from "./spotlight";

const SIZE = {
  phone: { box: "rounded-xl p-4", label: "text-sm", text: "text-xl", by: "text-sm" },
  screen: {
    box: "rounded-2xl px-[2vw] py-[2vh]",
    label: "text-[clamp(0.9rem,1.2vw,1.5rem)]",
    text: "text-[clamp(1.75rem,3.6vw,4.5rem)] leading-tight",
    by: "text-[clamp(1rem,1.5vw,1.9rem)]",
  },
} as const;

/** The one thing the facilitator put in the spotlight, above the phase on phones and the screen. */
export function SpotlightBanner({ state, size, me = null }: { state: WorkshopState; size: "phone" | "screen"; me?: string | null }) {
  const t = useT("common");
  const view = spotlightOf(state, t, me);
  if (!view) return null;
  const s = SIZE[size];
  return (
    <section
      aria-label={t("spotlight")}
      data-testid="spotlight"
      className={`border-4 border-l-[12px] border-brand bg-surface shadow-lg ${s.box}`}
      style={{ borderColor: view.teamId ? teamColor(state.teams, view.teamId) : undefined }}
    >
      <p className={`${s.label} font-semibold tracking-wide text-brand uppercase`}>{t("inTheSpotlight")}</p>
      <p className={`${s.text} font-bold wrap-anywhere whitespace-pre-wrap text-balance`}>{view.text}</p>
      <p className={`${s.by} mt-1 text-muted`}>{view.byline}</p>
    </section>
  );
}

/** On the console: what is in the spotlight now, and the way to clear it (any phase). */
export function SpotlightControl({ state, send }: { state: WorkshopState; send: Send }) {
  const t = useT("common");
  if (!state.spotlight) return null;
  const view = spotlightOf(state, t);
  return (
    <div role="status" className="flex flex-wrap items-center gap-3 rounded-lg border-2 border-brand bg-brand-soft p-3">
      <p className="min-w-0 flex-1">
        <span className="font-semibold">{t("spotlightOnEveryScreen")}</span>
        <span className="wrap-anywhere">{view ? view.text : t("spotlightGone")}</span>
      </p>
      <button type="button" className={`${button.secondary} min-h-10 px-3 py-1.5`} onClick={() => send({ type: "spotlight.set", ref: null })}>
        {t("clearSpotlight")}
      </button>
    </div>
  );
}
