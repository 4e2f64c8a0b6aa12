import type { Messages } from "../en";

export const agreements = {
  statusNotStarted: "Nog niet begonnen",
  statusOnTrack: "Loopt goed",
  statusAtRisk: "In gevaar",
  statusDone: "Klaar",
  peopleIn: { one: "{count} persoon doet mee", other: "{count} mensen doen mee" },
  owner: "Eigenaar",
  buddy: "Buddy",
  noBuddy: "Geen buddy",
  by: "Uiterlijk",
  why: "Waarom",
  to: "naar",
  legalCheck: "Juridische check",
  needed: "Nodig",
  notNeeded: "Niet nodig",
  review: "Evaluatie",
  progress: "Voortgang",
  measuredValue: " — gemeten: {value}",
  carriedFrom: "Overgenomen uit ‘{title}’",
} satisfies Messages["agreements"];
