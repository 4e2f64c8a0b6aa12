import type { Messages } from "../en";

export const fields = {
  what: "Wat we gaan doen",
  ownerTeamId: "Het team van de eigenaar",
  ownerName: "De naam van de eigenaar",
  buddyTeamId: "Het team van de buddy",
  buddyName: "De naam van de buddy",
  dueDate: "De deadline",
  reviewDate: "De evaluatiedatum",
  "metric.name": "Het meetpunt",
  "metric.baseline": "De beginwaarde",
  "metric.target": "Het doel",
  "legalCheck.needed": "Of een juridische of auditcheck nodig is",
  "legalCheck.note": "De notitie bij de juridische check",
  measured: "De gemeten waarde",
  note: "De notitie",
} satisfies Messages["fields"];
