import type { Metadata } from "next";
import { normalizeJoinCode } from "@/lib/domain";
import { serverT } from "../../_i18n/server";
import { FacilitatorConsole } from "../../_components/console/FacilitatorConsole";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await serverT("facilitator"))("pageTitle", { code: normalizeJoinCode((await params).code) }) };
}

/** The facilitator console. Its key arrives in the #fragment, which only the browser sees. */
export default async function FacilitatorPage({ params }: Props) {
  const code = normalizeJoinCode((await params).code);
  return <FacilitatorConsole code={code} />;
}
