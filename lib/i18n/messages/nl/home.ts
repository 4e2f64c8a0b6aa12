import type { Messages } from "../en";

export const home = {
  tagline: "Een live workshop waarin sales en de teams erachter in elkaars schoenen stappen en met afspraken naar huis gaan.",
  joinHeading: "Meedoen aan een workshop",
  joinHint: "Typ de code die op het scherm staat, of scan de QR-code.",
  runHeading: "Een workshop leiden",
  runHint: "Voor de facilitator, op een laptop. Je krijgt een privélink om de workshop vanaf te leiden.",
  importHeading: "Een vervolgworkshop starten vanuit een export",
  importIntro: "Blik terug op wat een eerdere workshop heeft afgesproken, met dezelfde teams.",
  codeLabel: "Workshopcode",
  codeMissing: "Typ de code die op het scherm staat.",
  codeInvalid:
    "“{code}” is geen workshopcode. Een code heeft {length} letters en cijfers, zoals K7M 4PX (nooit 0, O, 1, I of L).",
  join: "Meedoen",
  exportFile: "Exportbestand",
  exportHint:
    "Uit het verslag van de eerdere workshop: “Hele workshop (JSON)”. De nieuwe krijgt dezelfde teams en de afspraken om te bespreken.",
  chooseFile: "Kies eerst het exportbestand (een .json-bestand uit het verslag van een workshop).",
  fileTooBig: "Dat bestand is te groot voor een Onside-export.",
  fileUnreadable: "Het bestand kon niet worden gelezen. Probeer het opnieuw.",
  notStarted: "Er is geen workshop gestart.",
  starting: "Wordt gestart…",
  startFollowUp: "Vervolgworkshop starten",
  createKey: "Aanmaaksleutel",
  createKeyHint: "Deze server maakt alleen workshops aan voor wie de sleutel heeft. Vraag het aan de beheerder.",
  errorTitle: "Er ging iets mis op deze pagina",
  errorBody: "Wat je hebt geschreven, is niet verloren: het staat nog op dit apparaat. Probeer het opnieuw of herlaad de pagina.",
  notFoundTitle: "Deze pagina bestaat niet",
  notFoundBody: "Om mee te doen aan een workshop typ je op de startpagina de code die op het scherm staat.",
} satisfies Messages["home"];
