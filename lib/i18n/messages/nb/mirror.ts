import type { Messages } from "../en";

export const mirror = {
  recognised: "Kjenner igjen",
  surprised: "Overrasket",
  recognisedCount: "kjenner igjen",
  surprisedCount: "overrasket",
  yourReaction: "Din reaksjon",
  yourTeam: "(ditt team)",
  tapHint: "Trykk «Kjenner igjen» eller «Overrasket» på lappene som treffer deg.",
  othersSeeUs: "Slik ser de andre oss",
  othersSee: "Slik ser de andre {team}",
  weSeeOurselves: "Slik ser vi oss selv",
  teamSees: "Slik ser {team} seg selv",
  nothingWritten: "Ingenting skrevet.",
  teamOf: "team {position} av {count}",
  teamOnShow: "Team som vises",
  previous: "Forrige",
  next: "Neste",
  onShow: "Vises nå",
  followsHint: "Telefonene og skjermen viser dette teamet.",
} satisfies Messages["mirror"];
