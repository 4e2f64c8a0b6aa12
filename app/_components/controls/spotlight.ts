import { authorName, teamName } from "@/lib/domain/selectors";
import type { WorkshopState } from "@/lib/domain";
import type { Translate } from "@/lib/i18n";

export interface SpotlightView {
  kind: "card" | "belief" | "agreement";
  text: string;
  /** Who or what it is from, in a few words. */
  byline: string;
  /** The team whose colour it wears, if any. */
  teamId: string | null;
}

/**
 * What the facilitator put in the spotlight, as this copy of the workshop holds it. `null` when
 * nothing is, or when this viewer does not hold it (a hidden card never reaches phones). `me`
 * names the phone's own participant, whose own card says "You". `t` words the byline.
 */
export function spotlightOf(state: WorkshopState, t: Translate<"common">, me: string | null = null): SpotlightView | null {
  const ref = state.spotlight;
  if (!ref) return null;
  switch (ref.kind) {
    case "card": {
      const card = state.cards[ref.id];
      if (!card || card.hidden) return null;
      const author =
        me !== null && card.authorId === me ? t("you") : card.authorId === null ? t("anonymous") : authorName(state, card.authorId);
      return { kind: "card", text: card.text, byline: `${author} · ${teamName(state, card.teamId)}`, teamId: card.teamId };
    }
    case "belief": {
      const belief = state.beliefs[ref.id];
      if (!belief || belief.hidden) return null;
      const byline = belief.aboutTeamId ? t("beliefAbout", { team: teamName(state, belief.aboutTeamId) }) : t("beliefAboutEveryone");
      return { kind: "belief", text: belief.text, byline, teamId: belief.aboutTeamId };
    }
    case "agreement": {
      const agreement = state.agreements[ref.id];
      if (!agreement) return null;
      return {
        kind: "agreement",
        text: agreement.what,
        byline: t("agreementBy", { owner: agreement.ownerName, team: teamName(state, agreement.ownerTeamId) }),
        teamId: agreement.ownerTeamId,
      };
    }
    default:
      return null;
  }
}
