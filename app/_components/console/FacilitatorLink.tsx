"use client";

import { useId } from "react";
import { CopyField } from "../shared/CopyField";
import { panel } from "../shared/ui";

/** The secret link that opens this console: shown so it can move to another laptop. */
export function FacilitatorLink({ link }: { link: string }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} className={`${panel} space-y-2`}>
      <h2 id={`${id}-heading`} className="text-lg font-bold">
        Facilitator link
      </h2>
      <CopyField label="Facilitator link" value={link} />
      <p className="text-sm text-muted">
        <strong className="text-ink">Keep it secret:</strong> it opens this console on any laptop.
      </p>
    </section>
  );
}
