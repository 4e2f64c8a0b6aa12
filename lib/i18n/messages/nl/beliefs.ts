import type { Messages } from "../en";

export const beliefs = {
  causeUnexplained: "Verandering niet uitgelegd",
  causeUnexplainedHint: "Er veranderde iets en niemand zei waarom.",
  causeNotConsulted: "Niet gevraagd naar de gevolgen",
  causeNotConsultedHint: "Besloten zonder te vragen wat het voor ons betekent.",
  causeExpertiseUnused: "Expertise niet benut",
  causeExpertiseUnusedHint: "Er werd niet gevraagd naar wat wij weten.",
  causeOther: "Anders",
  causeOtherHint: "Er zit iets anders achter.",
  agree: "Eens",
  partly: "Deels",
  disagree: "Oneens",
  everyone: "Iedereen",
  aTeam: "Een team",
  aboutSr: "Over: ",
  about: "Over {team}",
  likelyCause: "Waarschijnlijke oorzaak: ",
  noVotesYet: "Nog geen stemmen.",
  votes: { one: "{count} stem", other: "{count} stemmen" },
} satisfies Messages["beliefs"];
