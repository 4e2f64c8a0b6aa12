import type { Phase } from "./model";

export const DEFAULT_TEAMS = ["Sales", "Customer service", "Finance", "IT", "Logistics"] as const;

/**
 * "In each other's shoes", the default day. Phases whose kinds are not built yet run as `info`
 * slides, so a facilitator can already walk the room through the whole agenda.
 */
export const DEFAULT_AGENDA: readonly Phase[] = [
  {
    id: "lobby",
    kind: "lobby",
    title: "Join and check-in",
    prompt: "Scan the code or type it at the address on the screen, give your name and pick your team.",
  },
  {
    id: "changes",
    kind: "cards",
    title: "Changes around us",
    prompt:
      "What is changing around us — market, law, audits, technology, customers — and what does it mean for your team's work?",
  },
  {
    id: "shoes",
    kind: "info",
    title: "In their shoes",
    prompt: "Write as another team: its strengths, and the challenges that make its work hard.",
  },
  {
    id: "mirror",
    kind: "info",
    title: "The mirror",
    prompt: "How the others see us, beside how we see ourselves. The gap is the conversation.",
  },
  {
    id: "beliefs",
    kind: "info",
    title: "Us and them",
    prompt: "The beliefs that go around about other teams — and what is really behind them.",
  },
  {
    id: "strengths",
    kind: "info",
    title: "Our combined strength",
    prompt: "All our strengths on one wall: what could we achieve together?",
  },
  {
    id: "brainstorm",
    kind: "info",
    title: "Brainstorm",
    prompt: "How will customers experience us positively, while the legal framework stays respected?",
  },
  {
    id: "agreements",
    kind: "info",
    title: "Agreements",
    prompt: "What we will do, who owns it, by when, and how we will know it worked.",
  },
  {
    id: "carry-over",
    kind: "info",
    title: "The colleagues who weren't here",
    prompt: "How do they get a similar experience and get involved?",
  },
  {
    id: "check-out",
    kind: "info",
    title: "Check-out",
    prompt: "How well do the other teams understand our work now? And how well do I understand theirs?",
  },
];
