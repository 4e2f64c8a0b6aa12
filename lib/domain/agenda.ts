import type { Phase } from "./phases";

export const DEFAULT_TEAMS = ["Sales", "Customer service", "Finance", "IT", "Logistics"] as const;

/** Check-in and check-out ask the same, so the shift can be shown per team. */
const PULSE_QUESTIONS = [
  { id: "they-understand", text: "How well do the other teams understand our work?" },
  { id: "i-understand", text: "How well do I understand the work of the other teams?" },
];

/** "In each other's shoes", the default day (see PRODUCT.md). Every phase can be changed. */
export const DEFAULT_AGENDA: readonly Phase[] = [
  {
    id: "lobby",
    kind: "lobby",
    title: "Welcome",
    prompt: "Scan the code or type it at the address on the screen, give your name and pick your team.",
    timeboxMinutes: null,
    options: {},
  },
  {
    id: "check-in",
    kind: "pulse",
    title: "Check-in",
    prompt: "Answer from 1 (not at all) to 5 (very well). Only the totals per team are shown.",
    timeboxMinutes: 3,
    options: { questions: PULSE_QUESTIONS, pairedWith: null },
  },
  {
    id: "changes",
    kind: "cards",
    title: "Changes around us",
    prompt:
      "What is changing around us — market, law, audits, technology, customers — and what does it mean for your team's work?",
    timeboxMinutes: 10,
    options: { columns: [], private: false, anonymous: false },
  },
  {
    id: "shoes",
    kind: "perspective",
    title: "In their shoes",
    prompt:
      "Write as the team you were given: its strengths, and the challenges that make its work hard. Then write how your own team sees itself.",
    timeboxMinutes: 15,
    options: { private: true, anonymous: false },
  },
  {
    id: "mirror",
    kind: "mirror",
    title: "The mirror",
    prompt: "How the others see us, beside how we see ourselves. The gap is the conversation.",
    timeboxMinutes: 20,
    options: { sourcePhaseId: "shoes" },
  },
  {
    id: "beliefs",
    kind: "beliefs",
    title: "Us and them",
    prompt:
      "Which beliefs about other teams go around? Post them anonymously with a likely cause. The team concerned says what is really behind it; everyone votes.",
    timeboxMinutes: 20,
    options: {},
  },
  {
    id: "strengths",
    kind: "strengths",
    title: "Our combined strength",
    prompt: "All our strengths on one wall. What could we achieve together?",
    timeboxMinutes: 10,
    options: { sourcePhaseId: "shoes" },
  },
  {
    id: "brainstorm",
    kind: "brainstorm",
    title: "Brainstorm",
    prompt: "How will customers experience us positively, while the legal framework stays respected?",
    timeboxMinutes: 20,
    options: { budget: 3 },
  },
  {
    id: "agreements",
    kind: "agreements",
    title: "Agreements",
    prompt: "What we will do, who owns it with a buddy from another team, by when, and how we will know it worked.",
    timeboxMinutes: 30,
    options: { sourcePhaseId: "brainstorm" },
  },
  {
    id: "carry-over",
    kind: "carry-over",
    title: "The colleagues who weren't here",
    prompt: "How do they get a similar experience and get involved in what we agreed?",
    timeboxMinutes: 10,
    options: {},
  },
  {
    id: "check-out",
    kind: "pulse",
    title: "Check-out",
    prompt: "The same questions as this morning. Has anything shifted?",
    timeboxMinutes: 3,
    options: { questions: PULSE_QUESTIONS, pairedWith: "check-in" },
  },
];
