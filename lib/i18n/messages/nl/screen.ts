import type { Messages } from "../en";

export const screen = {
  pageTitle: "Scherm {code}",
  noWorkshop: "Geen workshop met code {code}",
  cannotOpen: "Het zaalscherm kan niet worden geopend",
  joinAt: "Doe mee via",
  code: "code",
  connecting: "Verbinden met workshop {code}…",
  qrLabel: "QR-code om mee te doen aan workshop {code}",
  loading: "Laden…",
  goTo: "Ga naar",
  orTypeCode: "of typ de code",
  joined: { one: "persoon doet mee", other: "mensen doen mee" },
  columnCards: "Kaarten van {title}",
} satisfies Messages["screen"];
