import type { Metadata } from "next";
import { serverT } from "../../_i18n/server";
import { CatchUpApp } from "../../_components/catchup/CatchUpApp";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await serverT("catchup");
  return { title: t("pageTitle"), referrer: "no-referrer" };
}

/** A colleague who was not there catches up on their phone, through their team's link. */
export default async function CatchUpPage({ params }: Props) {
  return <CatchUpApp invite={decodeURIComponent((await params).token)} />;
}
