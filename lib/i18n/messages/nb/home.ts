import type { Messages } from "../en";

export const home = {
  tagline: "En direkte workshop der salg og teamene bak setter seg i hverandres sko og går derfra med avtaler.",
  joinHeading: "Bli med i en workshop",
  joinHint: "Skriv inn koden som vises på skjermen, eller skann QR-koden.",
  runHeading: "Led en workshop",
  runHint: "For fasilitatoren, på en bærbar PC. Du får en privat lenke å lede den fra.",
  importHeading: "Start en oppfølgingsworkshop fra en eksport",
  importIntro: "Gå gjennom det en tidligere workshop ble enige om, med de samme teamene.",
  codeLabel: "Workshopkode",
  codeMissing: "Skriv inn koden som vises på skjermen.",
  codeInvalid:
    "«{code}» er ikke en workshopkode. En kode har {length} bokstaver og tall, som K7M 4PX (aldri 0, O, 1, I eller L).",
  join: "Bli med",
  exportFile: "Eksportfil",
  exportHint:
    "Fra rapporten til den tidligere workshopen: «Hele workshopen (JSON)». Den nye får de samme teamene og avtalene til gjennomgang.",
  chooseFile: "Velg eksportfilen først (en .json-fil fra rapporten til en workshop).",
  fileTooBig: "Den filen er for stor til å være en Onside-eksport.",
  fileUnreadable: "Filen kunne ikke leses. Prøv igjen.",
  notStarted: "Ingen workshop ble startet.",
  starting: "Starter…",
  startFollowUp: "Start oppfølgingsworkshopen",
  createKey: "Opprettelsesnøkkel",
  createKeyHint: "Denne serveren lager bare workshoper for dem som har nøkkelen. Spør den som drifter den.",
  errorTitle: "Noe gikk galt på denne siden",
  errorBody: "Ingenting du har skrevet, er tapt: det ligger på denne enheten. Prøv igjen, eller last inn siden på nytt.",
  notFoundTitle: "Denne siden finnes ikke",
  notFoundBody: "For å bli med i en workshop skriver du inn koden fra skjermen på startsiden.",
} satisfies Messages["home"];
