/** Size limits shared by the schemas, the UI's counters and the docs. */
export const LIMITS = {
  cardText: 500,
  title: 120,
  teamName: 40,
  teams: { min: 2, max: 12 },
  participantName: 60,
  /** Phases in one agenda, the lobby included: a long day has about a dozen; more is a mistake. */
  phases: 30,
  phaseTitle: 80,
  phasePrompt: 600,
  id: 64,
  columnLabel: 40,
  questionText: 200,
  replyText: 500,
  beliefText: 300,
  agreementWhat: 300,
  personName: 60,
  metricText: 80,
  legalNote: 300,
  progressNote: 300,
} as const;
