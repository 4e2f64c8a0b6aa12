"use client";

import { lazy, Suspense, type ComponentType } from "react";
import { useT } from "@/lib/client/i18n";
import type { PhaseKind } from "@/lib/domain";
import type { PhonePhaseProps } from "./types";

type Registered = Exclude<PhaseKind, "lobby" | "info" | "cards">;

/**
 * Each phase's phone view, loaded when the room reaches that phase (and ahead of it, once the
 * phone is idle: see `prefetchPhoneViews`). The registry (registry.ts) brings every phase's
 * console and screen views too: imported by the phone, they were half of the JavaScript a phone
 * had to download before it could join.
 */
const LOADERS: { [K in Registered]: () => Promise<ComponentType<PhonePhaseProps<K>>> } = {
  pulse: () => import("./pulse/PulsePhone").then((m) => m.PulsePhone),
  perspective: () => import("./perspective/PerspectivePhone").then((m) => m.PerspectivePhone),
  mirror: () => import("./mirror/MirrorPhone").then((m) => m.MirrorPhone),
  beliefs: () => import("./beliefs/BeliefsPhone").then((m) => m.BeliefsPhone),
  strengths: () => import("./strengths/StrengthsPhone").then((m) => m.StrengthsPhone),
  brainstorm: () => import("./brainstorm/BrainstormPhone").then((m) => m.BrainstormPhone),
  agreements: () => import("./agreements/PhoneAgreements").then((m) => m.PhoneAgreements),
  "carry-over": () => import("./agreements/PhoneAgreements").then((m) => m.PhoneAgreements),
};

const lazyView = <K extends Registered>(kind: K) => lazy(() => LOADERS[kind]().then((view) => ({ default: view })));

const PHONE_VIEWS: { [K in Registered]: ComponentType<PhonePhaseProps<K>> } = {
  pulse: lazyView("pulse"),
  perspective: lazyView("perspective"),
  mirror: lazyView("mirror"),
  beliefs: lazyView("beliefs"),
  strengths: lazyView("strengths"),
  brainstorm: lazyView("brainstorm"),
  agreements: lazyView("agreements"),
  "carry-over": lazyView("carry-over"),
};

/** A phase built on the foundation's lobby, slide and cards, on the phone: its view once loaded. */
export function PhonePhase<K extends Registered>(props: PhonePhaseProps<K>) {
  const View = PHONE_VIEWS[(props.phase as { kind: K }).kind] as ComponentType<PhonePhaseProps<K>>;
  return (
    <Suspense fallback={<Loading />}>
      <View {...props} />
    </Suspense>
  );
}

function Loading() {
  const t = useT("common");
  return <p className="text-muted">{t("loading")}</p>;
}

/** Downloads every phase's view in the background, so that moving on never waits for the network. */
export function prefetchPhoneViews(): void {
  for (const load of Object.values(LOADERS)) void load().catch(() => undefined);
}
