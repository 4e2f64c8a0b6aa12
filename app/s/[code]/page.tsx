import type { Metadata } from "next";
import { normalizeJoinCode } from "@/lib/domain";
import { RoomScreen } from "../../_components/screen/RoomScreen";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Screen ${normalizeJoinCode((await params).code)}` };
}

/** The room screen, for the projector. */
export default async function ScreenPage({ params }: Props) {
  const code = normalizeJoinCode((await params).code);
  return <RoomScreen code={code} />;
}
