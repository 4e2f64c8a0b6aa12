import type { Messages } from "../en";

export const fields = {
  what: "Hva vi skal gjøre",
  ownerTeamId: "Det ansvarlige teamet",
  ownerName: "Navnet på den ansvarlige",
  buddyTeamId: "Makkerens team",
  buddyName: "Makkerens navn",
  dueDate: "Fristen",
  reviewDate: "Oppfølgingsdatoen",
  "metric.name": "Måltallet",
  "metric.baseline": "Utgangspunktet",
  "metric.target": "Målet",
  "legalCheck.needed": "Om det trengs en juridisk sjekk eller revisjon",
  "legalCheck.note": "Merknaden om den juridiske sjekken",
  measured: "Den målte verdien",
  note: "Merknaden",
} satisfies Messages["fields"];
