import type { Messages } from "../en";

export const create = {
  templateLegend: "Program",
  templateHint: "Start fra en av disse dagene, eller fra et program du har lagret. Du kan endre hver fase senere.",
  phases: { one: "{count} fase", other: "{count} faser" },
  templatesLoading: "Henter programmene…",
  templatesFailed: "Programmene kunne ikke hentes; workshopen starter med standarddagen.",
  languageLabel: "Språket i workshopen",
  languageHint: "Tekstene i programmet, og det alle ser med mindre de velger sitt eget språk.",
  fileLabel: "Eller last inn et lagret program (.json)",
  fileLoaded: "Lastet inn «{title}»: {count} faser. Tekstene beholdes som de er.",
  fileInvalid: "Denne filen er ikke et Onside-program: {reason}",
  fileNotJson: "Denne filen er ikke et Onside-program: den er ikke JSON. Lagre et fra konsollen i en workshop med «Lagre programmet som mal».",
  fileUnreadable: "Filen kunne ikke leses.",
  useTemplate: "Bruk heller en mal",
} satisfies Messages["create"];
