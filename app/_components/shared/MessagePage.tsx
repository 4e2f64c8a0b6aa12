"use client";

import Link from "next/link";
import { useT } from "@/lib/client/i18n";
import type { ReactNode } from "react";
import { button } from "./ui";

/** A whole page that says one thing: not found, loading, a link that lacks its key. */
export function MessagePage({
  title,
  children,
  homeLink = true,
}: {
  title: string;
  children?: ReactNode;
  homeLink?: boolean;
}) {
  const t = useT("common");
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-5 py-10">
      <h1 className="text-3xl font-bold text-balance">{title}</h1>
      {children ? <div className="space-y-3 text-lg">{children}</div> : null}
      {homeLink ? (
        <p>
          <Link href="/" className={button.secondary}>
            {t("backHome")}
          </Link>
        </p>
      ) : null}
    </main>
  );
}
