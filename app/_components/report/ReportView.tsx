"use client";

import type { ReportAgreement } from "@/lib/domain/report";
import type { ReportResponse } from "@/lib/protocol";
import { useT } from "@/lib/client/i18n";
import { AgreementsSection, type FollowUp } from "./AgreementsSection";
import { BeliefsSection } from "./BeliefsSection";
import { CatchUpSection } from "./CatchUpSection";
import { DownloadsPanel } from "./DownloadsPanel";
import { MirrorSection } from "./MirrorSection";
import { PulseSection } from "./PulseSection";
import { ReportHeader } from "./ReportHeader";
import { ReportNav } from "./ReportNav";
import { SharePanel } from "./SharePanel";
import { StrengthsSection } from "./StrengthsSection";
import { TopIdeasSection } from "./TopIdeasSection";

/**
 * The whole report: the agreements first (what the day was for), then what led to them. Sections
 * with nothing in them are left out. On paper: no buttons, forms or navigation, black on white,
 * and no agreement split across two pages.
 */
export function ReportView({
  code,
  token,
  data,
  onSaved,
}: {
  code: string;
  token: string;
  data: ReportResponse;
  onSaved: (agreement: ReportAgreement) => void;
}) {
  const t = useT("report");
  const { report, you } = data;
  const { workshop } = report;
  const agreements = report.agreements.filter((a) => a.kind === "agreement");
  const carryOvers = report.agreements.filter((a) => a.kind === "carry-over");
  const followUp: FollowUp = { code, token, you, onSaved };
  const facilitator = you.role === "facilitator";

  const contents = [
    { id: "agreements", label: t("navAgreements"), shown: true },
    { id: "carry-over", label: t("navCarryOver"), shown: carryOvers.length > 0 },
    { id: "mirror", label: t("navMirror"), shown: report.mirrors.length > 0 },
    { id: "beliefs", label: t("navBeliefs"), shown: report.beliefs.length > 0 },
    { id: "strengths", label: t("navStrengths"), shown: report.strengths.length > 0 },
    { id: "pulse", label: t("navPulse"), shown: report.pulse.length > 0 },
    { id: "ideas", label: t("navIdeas"), shown: report.topIdeas.length > 0 },
  ].filter((item) => item.shown);

  return (
    // Colours of bars and pills print as they are (browsers leave backgrounds out by default).
    <div className="min-h-dvh [print-color-adjust:exact] print:bg-white print:text-black">
      <ReportHeader workshop={workshop} you={you} />
      <main className="mx-auto max-w-5xl space-y-8 px-4 py-5 sm:px-6 print:space-y-6 print:px-0">
        <ReportNav items={contents} />
        <div className={`grid items-start gap-4 ${facilitator ? "md:grid-cols-2" : ""}`}>
          <DownloadsPanel code={code} token={token} facilitator={facilitator} />
          {facilitator ? <SharePanel code={code} token={token} /> : null}
        </div>
        <AgreementsSection
          id="agreements"
          title={t("agreements")}
          empty={t("noAgreements")}
          workshop={workshop}
          agreements={agreements}
          followUp={followUp}
        />
        <AgreementsSection
          id="carry-over"
          title={t("carryOver")}
          intro={t("carryOverIntro")}
          workshop={workshop}
          agreements={carryOvers}
          followUp={followUp}
        />
        <MirrorSection workshop={workshop} mirrors={report.mirrors} />
        <BeliefsSection workshop={workshop} beliefs={report.beliefs} />
        <StrengthsSection workshop={workshop} strengths={report.strengths} />
        <PulseSection workshop={workshop} pulses={report.pulse} />
        <TopIdeasSection workshop={workshop} ideas={report.topIdeas} />
        <CatchUpSection report={report} />
      </main>
    </div>
  );
}
