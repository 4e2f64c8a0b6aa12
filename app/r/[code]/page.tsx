import type { Metadata } from "next";
import { normalizeJoinCode } from "@/lib/domain";
import { serverT } from "../../_i18n/server";
import { ReportApp } from "../../_components/report/ReportApp";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await serverT("report"))("pageTitle", { code: normalizeJoinCode((await params).code) }), robots: { index: false } };
}

/** The workshop's report: agreements and follow-up, what led to them, downloads. Its link's secret is in the #fragment. */
export default async function ReportPage({ params }: Props) {
  const code = normalizeJoinCode((await params).code);
  return <ReportApp code={code} />;
}
