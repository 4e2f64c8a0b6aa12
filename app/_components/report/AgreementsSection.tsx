import type { ReportAgreement, ReportWorkshop } from "@/lib/domain/report";
import type { ReportReader } from "@/lib/protocol";
import { AgreementTools, mayFollowUp } from "./AgreementTools";
import { ReportAgreementCard } from "./ReportAgreementCard";
import { Section } from "./Section";

export interface FollowUp {
  code: string;
  token: string;
  you: ReportReader;
  onSaved: (agreement: ReportAgreement) => void;
}

/** A list of agreements (or carry-overs) under its heading; an owner's own comes first. */
export function AgreementsSection({
  id,
  title,
  intro,
  empty,
  workshop,
  agreements,
  followUp,
}: {
  id: string;
  title: string;
  intro?: string;
  /** What to say when there are none; without it, an empty list leaves the section out. */
  empty?: string;
  workshop: ReportWorkshop;
  agreements: ReportAgreement[];
  followUp: FollowUp;
}) {
  if (agreements.length === 0 && !empty) return null;
  const { you } = followUp;
  const ordered = you.role === "owner" ? [...agreements].sort((a, b) => rank(you.agreementId, a) - rank(you.agreementId, b)) : agreements;
  return (
    <Section id={id} title={title} intro={intro}>
      {agreements.length === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <ul className="grid items-start gap-4 lg:grid-cols-2 print:block print:space-y-4">
          {ordered.map((agreement) => (
            <li key={agreement.id} className="min-w-0 break-inside-avoid">
              <ReportAgreementCard workshop={workshop} agreement={agreement}>
                {mayFollowUp(you, agreement.id) ? (
                  <AgreementTools
                    code={followUp.code}
                    token={followUp.token}
                    you={you}
                    agreement={agreement}
                    teams={workshop.teams}
                    onSaved={followUp.onSaved}
                  />
                ) : null}
              </ReportAgreementCard>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

const rank = (mine: string, agreement: ReportAgreement) => (agreement.id === mine ? 0 : 1);
