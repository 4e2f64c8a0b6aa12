import type { CatchUpAgreementCounts, ReportCatchUp } from "../features/catchup/report";
import type { AgreementKind, AgreementStatus, BeliefCause, BeliefVote, Distribution, Metric } from "../model";

/**
 * What leaves the room: the report page, the downloads and the share link all show this. Built
 * from what the room screen may show (no authors, no hidden or unrevealed cards, blind tallies
 * stay blind), with teams by name and no participant's name but an agreement's owner and buddy.
 */
export interface Report {
  workshop: ReportWorkshop;
  agreements: ReportAgreement[];
  mirrors: ReportMirror[];
  beliefs: ReportBelief[];
  strengths: ReportTeamCards[];
  pulse: ReportPulse[];
  topIdeas: ReportIdea[];
  /** What colleagues who were not there added afterwards, once a catch-up was opened. */
  catchUp?: ReportCatchUp | null;
}

export interface ReportWorkshop {
  code: string;
  title: string;
  /** The day it was held, YYYY-MM-DD (UTC). */
  date: string;
  /** ISO instant, or `null` while it runs. */
  endedAt: string | null;
  teams: { id: string; name: string }[];
  /** How many people took part (removed ones not counted). */
  participants: number;
}

export interface ReportAgreement {
  id: string;
  kind: AgreementKind;
  what: string;
  ownerTeam: string;
  ownerName: string;
  /** `null` when there is no buddy. */
  buddyTeam: string | null;
  buddyName: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  reviewDate: string;
  metric: Metric;
  legalCheck: { needed: boolean; note: string };
  endorsements: number;
  status: AgreementStatus;
  /** The last measured value, "" until one is given. */
  measured: string;
  /** 0 at the baseline, 1 at the target; `null` when the metric has no numbers to compare. */
  progress: number | null;
  history: { at: string; status: AgreementStatus; measured: string; note: string }[];
  /** The earlier workshop it was carried over from, by title. */
  carriedFrom: string | null;
  /** Catch-up answers, counted apart from `endorsements` (the room's). */
  caughtUp?: CatchUpAgreementCounts;
}

export interface ReportCard {
  text: string;
  /** The writer's team, by name. */
  team: string;
}

export interface ReportMirror {
  team: string;
  others: { strengths: ReportCard[]; challenges: ReportCard[] };
  self: { strengths: ReportCard[]; challenges: ReportCard[] };
}

export interface ReportBelief {
  text: string;
  /** The team it is about, or `null` for everyone. */
  about: string | null;
  cause: BeliefCause;
  replies: ReportCard[];
  totals: Record<BeliefVote, number>;
  byTeam: { team: string; counts: Record<BeliefVote, number> }[];
}

export interface ReportTeamCards {
  team: string;
  cards: ReportCard[];
}

/** A check-out beside its check-in, question by question. */
export interface ReportPulse {
  title: string;
  questions: {
    text: string;
    overall: ReportShift;
    teams: ({ team: string } & ReportShift)[];
  }[];
}

export interface ReportShift {
  before: Distribution | null;
  after: Distribution;
  meanBefore: number | null;
  meanAfter: number | null;
}

export interface ReportIdea {
  text: string;
  team: string;
  dots: number;
}
