"use client";

import type { Belief, WorkshopState } from "@/lib/domain";
import { beliefsOf } from "@/lib/domain/features/beliefs/select";
import { useT } from "@/lib/client/i18n";
import type { ConsolePhaseProps, Send } from "../types";
import { BeliefHeader } from "./BeliefHeader";
import { Replies } from "./Replies";
import { small } from "./styles";
import { VoteBars } from "./VoteBars";

/**
 * The beliefs with their votes split by team, Hide / Unhide, and the spotlight. Hidden beliefs
 * stay here, dimmed, so the decision can be undone; nobody else receives them. No author here
 * either: the server never sends it to the facilitator.
 */
export function BeliefsConsole({ state, phase, pending, send }: ConsolePhaseProps<"beliefs">) {
  const t = useT("beliefs");
  // What the facilitator just asked for shows at once; the server's answer follows.
  const wanted = new Map<string, boolean>();
  for (const { command } of pending) if (command.type === "belief.setHidden") wanted.set(command.beliefId, command.hidden);
  const beliefs = beliefsOf(state, phase.id, true);
  const shown = beliefs.filter((b) => !(wanted.get(b.id) ?? b.hidden)).length;
  const spotlight = state.spotlight?.kind === "belief" ? state.spotlight.id : null;

  return (
    <section aria-labelledby="beliefs-console-heading" className="space-y-3">
      <h3 id="beliefs-console-heading" className="text-lg font-bold">
        {t("beliefs")}{" "}
        <span className="font-normal text-muted">
          {beliefs.length > shown ? t("shownHiddenCount", { shown, hidden: beliefs.length - shown }) : t("shownCount", { shown })}
        </span>
      </h3>
      {beliefs.length === 0 ? <p className="text-muted">{t("consoleEmpty")}</p> : null}
      <ul aria-live="polite" className="grid grid-cols-[repeat(auto-fill,minmax(20rem,1fr))] gap-3">
        {beliefs.map((belief) => (
          <li key={belief.id}>
            <ConsoleBelief
              state={state}
              belief={belief}
              hidden={wanted.get(belief.id) ?? belief.hidden}
              spotlit={spotlight === belief.id}
              send={send}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ConsoleBelief({ state, belief, hidden, spotlit, send }: { state: WorkshopState; belief: Belief; hidden: boolean; spotlit: boolean; send: Send }) {
  const t = useT("beliefs");
  return (
    <article
      data-testid="belief"
      className={`space-y-2 rounded-lg border p-3 shadow-sm ${hidden ? "border-dashed bg-paper" : "bg-surface"} ${
        spotlit ? "border-2 border-brand" : "border-line"
      }`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <BeliefHeader state={state} belief={belief} />
        {hidden ? <span className="rounded-full bg-warn-soft px-2 py-0.5 text-sm font-semibold text-warn-ink">{t("hidden")}</span> : null}
        {spotlit ? <span className="rounded-full bg-brand px-2 py-0.5 text-sm font-semibold text-white">{t("onScreen")}</span> : null}
      </div>
      <p className={`wrap-anywhere whitespace-pre-wrap ${hidden ? "text-muted" : ""}`}>{belief.text}</p>
      <Replies state={state} replies={belief.replies} size="console" />
      <VoteBars state={state} beliefId={belief.id} />
      <div className="flex flex-wrap gap-2 pt-1">
        <button
          type="button"
          className={small.secondary}
          onClick={() => send({ type: "belief.setHidden", beliefId: belief.id, hidden: !hidden })}
        >
          {hidden ? t("unhide") : t("hide")}
        </button>
        <button
          type="button"
          className={spotlit ? small.primary : small.secondary}
          disabled={hidden && !spotlit}
          aria-pressed={spotlit}
          onClick={() => send({ type: "spotlight.set", ref: spotlit ? null : { kind: "belief", id: belief.id } })}
        >
          {spotlit ? t("stopSpotlight") : t("spotlight")}
        </button>
      </div>
    </article>
  );
}
