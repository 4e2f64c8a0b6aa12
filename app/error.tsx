"use client";

import { useEffect } from "react";
import { useT } from "@/lib/client/i18n";
import { button } from "./_components/shared/ui";

/** Last resort when a page breaks: what was typed is kept on this device, so a retry is safe. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useT("home");
  const common = useT("common");
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-5 py-10">
      <h1 className="text-3xl font-bold">{t("errorTitle")}</h1>
      <p className="text-lg">{t("errorBody")}</p>
      <p className="flex flex-wrap gap-3">
        <button type="button" className={button.primary} onClick={retry}>
          {common("tryAgain")}
        </button>
        <button type="button" className={button.secondary} onClick={() => window.location.reload()}>
          {common("reload")}
        </button>
      </p>
    </main>
  );
}
