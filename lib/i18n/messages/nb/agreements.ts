import type { Messages } from "../en";

export const agreements = {
  statusNotStarted: "Ikke startet",
  statusOnTrack: "I rute",
  statusAtRisk: "I faresonen",
  statusDone: "Ferdig",
  peopleIn: { one: "{count} person er med", other: "{count} personer er med" },
  owner: "Ansvarlig",
  buddy: "Makker",
  noBuddy: "Ingen makker",
  by: "Innen",
  why: "Hvorfor",
  to: "til",
  legalCheck: "Juridisk sjekk",
  needed: "Nødvendig",
  notNeeded: "Ikke nødvendig",
  review: "Oppfølging",
  progress: "Fremdrift",
  measuredValue: " — målt: {value}",
  carriedFrom: "Videreført fra «{title}»",
} satisfies Messages["agreements"];
