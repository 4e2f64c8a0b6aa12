"use client";

import Link from "next/link";
import { useT } from "@/lib/client/i18n";
import { button } from "../shared/ui";

/**
 * The way to the report from the console and the phone. `prominent` once there is something to
 * take home (after the end); `newTab` on the console, which keeps running the room meanwhile.
 */
export function ReportLink({
  code,
  prominent = false,
  newTab = false,
  className = "",
}: {
  code: string;
  prominent?: boolean;
  newTab?: boolean;
  className?: string;
}) {
  const t = useT("report");
  return (
    <Link
      href={`/r/${code}`}
      data-testid="report-link"
      {...(newTab ? { target: "_blank", rel: "noopener" } : {})}
      className={`${prominent ? button.primary : button.secondary} ${className}`}
    >
      {t("reportLink")}
      {newTab ? <span className="sr-only">{t("newTab")}</span> : null}
    </Link>
  );
}
