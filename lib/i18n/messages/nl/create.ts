import type { Messages } from "../en";

export const create = {
  templateLegend: "Programma",
  templateHint: "Begin met een van deze dagen, of met een programma dat je bewaard hebt. Je kunt elke fase later nog aanpassen.",
  phases: { one: "{count} fase", other: "{count} fases" },
  templatesLoading: "De programma's worden geladen…",
  templatesFailed: "De programma's konden niet geladen worden; de workshop begint met de standaarddag.",
  languageLabel: "Taal van de workshop",
  languageHint: "De teksten van het programma, en wat iedereen ziet die zelf geen taal kiest.",
  fileLabel: "Of laad een bewaard programma (.json)",
  fileLoaded: "“{title}” geladen: {count} fases. De eigen teksten blijven behouden.",
  fileInvalid: "Dit bestand is geen Onside-programma: {reason}",
  fileNotJson: "Dit bestand is geen Onside-programma: het is geen JSON. Bewaar er een vanuit de console van een workshop met “Programma bewaren als sjabloon”.",
  fileUnreadable: "Het bestand kon niet gelezen worden.",
  useTemplate: "Toch een sjabloon gebruiken",
} satisfies Messages["create"];
