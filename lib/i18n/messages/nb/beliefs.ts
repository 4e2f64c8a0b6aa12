import type { Messages } from "../en";

export const beliefs = {
  causeUnexplained: "Endringen ble ikke forklart",
  causeUnexplainedHint: "Noe endret seg, og ingen sa hvorfor.",
  causeNotConsulted: "Ikke spurt om konsekvensene",
  causeNotConsultedHint: "Bestemt uten å spørre hva det betyr for oss.",
  causeExpertiseUnused: "Kompetansen ble ikke brukt",
  causeExpertiseUnusedHint: "Ingen spurte etter det vi vet.",
  causeOther: "Annet",
  causeOtherHint: "Noe annet ligger bak.",
  agree: "Enig",
  partly: "Delvis",
  disagree: "Uenig",
  everyone: "Alle",
  aTeam: "Et team",
  aboutSr: "Om: ",
  about: "Om {team}",
  likelyCause: "Trolig årsak: ",
  noVotesYet: "Ingen stemmer ennå.",
  votes: { one: "{count} stemme", other: "{count} stemmer" },
} satisfies Messages["beliefs"];
