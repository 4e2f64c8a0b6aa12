import type { Metadata } from "next";
import { normalizeJoinCode } from "@/lib/domain";
import { serverT } from "../../_i18n/server";
import { RoomScreen } from "../../_components/screen/RoomScreen";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await serverT("screen"))("pageTitle", { code: normalizeJoinCode((await params).code) }) };
}

/** The room screen, for the projector. */
export default async function ScreenPage({ params }: Props) {
  const code = normalizeJoinCode((await params).code);
  return <RoomScreen code={code} />;
}
