"use client";

import { useEffect } from "react";
import { button } from "./_components/shared/ui";

/** Last resort when a page breaks: what was typed is kept on this device, so a retry is safe. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-5 py-10">
      <h1 className="text-3xl font-bold">Something went wrong on this page</h1>
      <p className="text-lg">Nothing you wrote is lost: it is kept on this device. Try again, or reload the page.</p>
      <p className="flex flex-wrap gap-3">
        <button type="button" className={button.primary} onClick={retry}>
          Try again
        </button>
        <button type="button" className={button.secondary} onClick={() => window.location.reload()}>
          Reload
        </button>
      </p>
    </main>
  );
}
