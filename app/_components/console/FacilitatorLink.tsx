"use client";

import { useId } from "react";
import { useT } from "@/lib/client/i18n";
import { CopyField } from "../shared/CopyField";
import { panel } from "../shared/ui";

/** The secret link that opens this console: shown so it can move to another laptop. */
export function FacilitatorLink({ link }: { link: string }) {
  const t = useT("facilitator");
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} className={`${panel} space-y-2`}>
      <h2 id={`${id}-heading`} className="text-lg font-bold">
        {t("facilitatorLink")}
      </h2>
      <CopyField label={t("facilitatorLink")} value={link} />
      <p className="text-sm text-muted">
        <strong className="text-ink">{t("keepSecret")}</strong> {t("keepSecretHint")}
      </p>
    </section>
  );
}
