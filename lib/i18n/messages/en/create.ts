/** English: the source of the "create" area's keys (starting a workshop on the home page). */
export const create = {
  templateLegend: "Agenda",
  templateHint: "Start from one of these days, or from an agenda you saved. You can change every phase later.",
  phases: { one: "{count} phase", other: "{count} phases" },
  templatesLoading: "Loading the agendas…",
  templatesFailed: "The agendas could not be loaded; the workshop starts with the default day.",
  languageLabel: "Language of the workshop",
  languageHint: "The agenda's texts, and what everyone sees unless they pick their own language.",
  fileLabel: "Or load a saved agenda (.json)",
  fileLoaded: "Loaded “{title}”: {count} phases. It keeps its own texts.",
  fileInvalid: "This file is not an Onside agenda: {reason}",
  fileNotJson: "This file is not an Onside agenda: it is not JSON. Save one from a workshop's console with “Save agenda as template”.",
  fileUnreadable: "The file could not be read.",
  useTemplate: "Use a template instead",
};
