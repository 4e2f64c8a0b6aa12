"use client";

import { useT } from "@/lib/client/i18n";
import { MessagePage } from "../shared/MessagePage";

/** A code that leads nowhere: say so plainly and offer the way back. */
export function NoWorkshop({ code }: { code: string }) {
  const t = useT("phone");
  return (
    <MessagePage title={t("noWorkshop", { code: code || "…" })}>
      <p>{t("noWorkshopHint")}</p>
    </MessagePage>
  );
}
