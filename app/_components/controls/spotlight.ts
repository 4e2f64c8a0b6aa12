import { authorName, teamName } from "@/lib/domain/selectors";
import type { WorkshopState } from "@/lib/domain";

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
 * names the phone's own participant, whose own card says "You".
 */
export function spotlightOf(state: WorkshopState, me: string | null = null): SpotlightView | null {
  const ref = state.spotlight;
  if (!ref) return null;
  switch (ref.kind) {
    case "card": {
      const card = state.cards[ref.id];
      if (!card || card.hidden) return null;
      const author = me !== null && card.authorId === me ? "You" : authorName(state, card.authorId);
      return { kind: "card", text: card.text, byline: `${author} · ${teamName(state, card.teamId)}`, teamId: card.teamId };
    }
    case "belief": {
      const belief = state.beliefs[ref.id];
      if (!belief || belief.hidden) return null;
      const about = belief.aboutTeamId ? `about ${teamName(state, belief.aboutTeamId)}` : "about everyone";
      return { kind: "belief", text: belief.text, byline: `A belief ${about}`, teamId: belief.aboutTeamId };
    }
    case "agreement": {
      const agreement = state.agreements[ref.id];
      if (!agreement) return null;
      return {
        kind: "agreement",
        text: agreement.what,
        byline: `Agreement · ${agreement.ownerName} (${teamName(state, agreement.ownerTeamId)})`,
        teamId: agreement.ownerTeamId,
      };
    }
    default:
      return null;
  }
}
