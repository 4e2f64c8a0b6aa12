import type { Metadata } from "next";
import { normalizeJoinCode } from "@/lib/domain";
import { serverT } from "../../_i18n/server";
import { ParticipantApp } from "../../_components/join/ParticipantApp";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await serverT("phone");
  return { title: t("pageTitle", { code: normalizeJoinCode((await params).code) }) };
}

/** The participant's phone. Codes in links may come in lower case or with a dash. */
export default async function ParticipantPage({ params }: Props) {
  const code = normalizeJoinCode((await params).code);
  return <ParticipantApp code={code} />;
}
