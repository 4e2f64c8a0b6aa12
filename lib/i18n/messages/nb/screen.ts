import type { Messages } from "../en";

export const screen = {
  pageTitle: "Skjerm {code}",
  noWorkshop: "Ingen workshop med kode {code}",
  cannotOpen: "Romskjermen kan ikke åpnes",
  joinAt: "Bli med på",
  code: "kode",
  connecting: "Kobler til workshop {code} …",
  qrLabel: "QR-kode for å bli med i workshop {code}",
  loading: "Laster inn …",
  goTo: "Gå til",
  orTypeCode: "eller skriv inn koden",
  joined: { one: "person har blitt med", other: "personer har blitt med" },
  columnCards: "Kort fra {title}",
} satisfies Messages["screen"];
