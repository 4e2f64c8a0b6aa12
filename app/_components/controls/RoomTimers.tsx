"use client";

import { useEffect, useState } from "react";
import { useT } from "@/lib/client/i18n";
import type { Timer } from "@/lib/domain";
import { buzz, chime, soundSupported, unlockSound } from "./chime";
import { Countdown } from "./Countdown";

/** The phone's timer: small, in the header; a buzz at the end where the phone can. */
export function PhoneTimer({ timer, clockOffset }: { timer: Timer | null; clockOffset: number }) {
  return <Countdown timer={timer} clockOffset={clockOffset} size="phone" onTimeUp={buzz} />;
}

/**
 * The projector's timer: big, with three tones at the end. Browsers mute a page until someone
 * clicks it, so until then a button offers to turn the sound on (any click on the page does too).
 */
export function ScreenTimer({ timer, clockOffset }: { timer: Timer | null; clockOffset: number }) {
  const t = useT("common");
  const [sound, setSound] = useState<"off" | "on" | "unsupported">("off");

  useEffect(() => {
    const unlock = () => void unlockSound().then((ok) => ok && setSound("on"));
    document.addEventListener("pointerdown", unlock);
    document.addEventListener("keydown", unlock);
    return () => {
      document.removeEventListener("pointerdown", unlock);
      document.removeEventListener("keydown", unlock);
    };
  }, []);

  if (!timer) return null;
  return (
    <div className="flex items-center gap-[1vw]">
      {sound === "off" ? (
        <button
          type="button"
          className="shrink-0 rounded-lg border-2 border-line bg-surface px-3 py-1 whitespace-nowrap text-[clamp(0.8rem,1vw,1.2rem)] font-semibold text-muted hover:border-brand hover:text-brand"
          onClick={() => {
            if (!soundSupported()) return setSound("unsupported");
            void unlockSound().then((ok) => {
              setSound(ok ? "on" : "off");
              if (ok) chime(1);
            });
          }}
        >
          {t("turnOnSound")}
        </button>
      ) : null}
      <Countdown timer={timer} clockOffset={clockOffset} size="screen" onTimeUp={() => chime()} />
    </div>
  );
}
