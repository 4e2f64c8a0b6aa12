"use client";

import { useCallback, useEffect, useState } from "react";
import { ApiFailure } from "@/lib/client/api";
import { useExplain, useT } from "@/lib/client/i18n";
import { clearDraft } from "@/lib/client/useDraft";
import type { StepInput } from "@/lib/domain/features/catchup/schemas";
import type { CatchUpView } from "@/lib/domain/features/catchup/view";
import { button } from "../shared/ui";
import { AgreementsStep } from "./AgreementsStep";
import { BeliefsStep } from "./BeliefsStep";
import { JoinCatchUp } from "./JoinCatchUp";
import { MirrorStep } from "./MirrorStep";
import { PerspectiveStep } from "./PerspectiveStep";
import { PulseStep } from "./PulseStep";
import { joinCatchUp, ownToken, readInvite, readView, sendStep, type Invite } from "./catchUpApi";
import { stepDraftKey } from "./stepDrafts";

type Screen = { kind: "loading" } | { kind: "failed"; message: string } | { kind: "invite"; invite: Invite } | { kind: "view"; view: CatchUpView };

/** The catch-up on a phone: a name, then one step per screen, saved on the server after each. */
export function CatchUpApp({ invite }: { invite: string }) {
  const t = useT("catchup");
  const explain = useExplain();
  const [screen, setScreen] = useState<Screen>({ kind: "loading" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const failed = useCallback(
    (err: unknown) => {
      const refused = err instanceof ApiFailure && err.status !== 0 ? err : null;
      setScreen({ kind: "failed", message: refused ? (refused.status === 403 ? t("badLink") : explain.error(refused)) : t("unreachable") });
    },
    [t, explain],
  );

  const load = useCallback(() => {
    const own = ownToken.get(invite);
    (own ? readView(own).then((view) => ({ kind: "view" as const, view })) : readInvite(invite).then((i) => ({ kind: "invite" as const, invite: i })))
      .then(setScreen)
      .catch(failed);
  }, [invite, failed]);

  useEffect(load, [load]);

  async function act(work: () => Promise<CatchUpView>) {
    setBusy(true);
    setError(null);
    try {
      setScreen({ kind: "view", view: await work() });
      window.scrollTo(0, 0);
    } catch (err) {
      setError(t("error", { message: err instanceof ApiFailure ? explain.error(err) : String(err) }));
    } finally {
      setBusy(false);
    }
  }

  const join = (name: string) =>
    act(async () => {
      const joined = await joinCatchUp(invite, name);
      ownToken.set(invite, joined.token);
      return joined.view;
    });
  // What the step held stays on the phone until the server has it, then nothing of it is left.
  const send = (phaseId: string) => (input: StepInput) =>
    act(async () => {
      const view = await sendStep(ownToken.get(invite) ?? "", phaseId, input);
      clearDraft(stepDraftKey(invite, phaseId));
      return view;
    });

  return (
    <main className="mx-auto max-w-lg space-y-5 p-4">
      {screen.kind === "loading" ? <p>{t("loading")}</p> : null}
      {screen.kind === "failed" ? (
        <div className="space-y-4">
          <p className="font-semibold">{screen.message}</p>
          <button
            type="button"
            className={button.secondary}
            onClick={() => {
              setScreen({ kind: "loading" });
              load();
            }}
          >
            {t("tryAgain")}
          </button>
        </div>
      ) : null}
      {screen.kind === "invite" ? (
        screen.invite.open ? (
          <JoinCatchUp invite={screen.invite} busy={busy} onJoin={join} />
        ) : (
          <Closed />
        )
      ) : null}
      {screen.kind === "view" ? <Steps invite={invite} view={screen.view} busy={busy} send={send} /> : null}
      {error ? (
        <p role="alert" className="font-semibold text-danger wrap-anywhere">
          {error}
        </p>
      ) : null}
    </main>
  );
}

function Closed() {
  const t = useT("catchup");
  return (
    <section className="space-y-2">
      <h1 className="text-2xl font-bold">{t("closedTitle")}</h1>
      <p>{t("closedHint")}</p>
    </section>
  );
}

function Steps({ invite, view, busy, send }: { invite: string; view: CatchUpView; busy: boolean; send: (phaseId: string) => (input: StepInput) => void }) {
  const t = useT("catchup");
  const index = view.steps.findIndex((s) => s.phaseId === view.currentPhaseId);
  const step = view.steps[index];
  if (!step) {
    const finished = view.steps.every((s) => s.done);
    return finished ? (
      <section className="space-y-2">
        <h1 className="text-2xl font-bold">{t("doneTitle")}</h1>
        <p>{t("doneHint")}</p>
      </section>
    ) : (
      <Closed />
    );
  }
  const props = { teams: view.teams, busy, draftKey: stepDraftKey(invite, step.phaseId), onSend: send(step.phaseId) };
  return (
    <section className="space-y-4" key={step.phaseId}>
      <p className="text-sm font-semibold text-muted">{t("progress", { step: index + 1, total: view.steps.length })}</p>
      <progress className="h-2 w-full" max={view.steps.length} value={index} aria-hidden />
      <h1 className="text-2xl font-bold wrap-anywhere">{step.title}</h1>
      {step.prompt ? <p className="wrap-anywhere">{step.prompt}</p> : null}
      {step.view.kind === "pulse" ? <PulseStep view={step.view} {...props} /> : null}
      {step.view.kind === "perspective" ? <PerspectiveStep view={step.view} {...props} /> : null}
      {step.view.kind === "mirror" ? <MirrorStep view={step.view} {...props} /> : null}
      {step.view.kind === "beliefs" ? <BeliefsStep view={step.view} {...props} /> : null}
      {step.view.kind === "agreements" ? <AgreementsStep view={step.view} {...props} /> : null}
    </section>
  );
}
