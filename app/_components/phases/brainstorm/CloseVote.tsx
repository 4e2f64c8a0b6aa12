"use client";

import { useState } from "react";
import { button } from "../../shared/ui";

/** Closing the vote cannot be undone: a second, explicit step. */
export function CloseVote({ closing, onClose }: { closing: boolean; onClose: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (closing) return <p className="font-semibold text-muted">Closing the vote…</p>;
  if (!confirming) {
    return (
      <button type="button" className={button.primary} onClick={() => setConfirming(true)}>
        Close the vote
      </button>
    );
  }
  return (
    <div role="group" aria-label="Confirm closing the vote" className="flex flex-wrap items-center gap-2">
      <span className="font-semibold">Close it now? Nobody can vote after this; the results show everywhere.</span>
      <button
        type="button"
        className={button.danger}
        onClick={() => {
          setConfirming(false);
          onClose();
        }}
      >
        Close the vote
      </button>
      <button type="button" className={button.secondary} onClick={() => setConfirming(false)} autoFocus>
        Not yet
      </button>
    </div>
  );
}
