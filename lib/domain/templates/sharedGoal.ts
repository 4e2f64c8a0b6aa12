import type { Template } from "./schema";
import { LOBBY, checkInAndOut } from "./pulse";

const [checkIn, checkOut] = checkInAndOut([
  { id: "why", text: "How clear is it what our work for customers should achieve?" },
  { id: "say", text: "How much say do I have in how we get there?" },
]);

/**
 * Instead of a training that tells people they fall short: name the result first (fewer errors,
 * more returning customers), then find the way there together.
 */
export const SHARED_GOAL: Template = {
  id: "shared-goal",
  title: "From training to a shared goal",
  description:
    "When a manager asks for more customer-minded, proactive staff: name the result the organisation wants first, make it measurable, then let the teams work out together what it takes and how they get there.",
  agenda: [
    LOBBY,
    checkIn,
    {
      id: "result",
      kind: "info",
      title: "The result we want",
      prompt: "What should customers notice, and in which number would we see it? For example: errors down from 10% to 5%.",
      timeboxMinutes: 10,
      options: {},
    },
    {
      id: "concrete",
      kind: "cards",
      title: "The result, made concrete",
      prompt: "What would a customer notice, and how would we measure it?",
      timeboxMinutes: 15,
      options: {
        columns: [
          { id: "notice", label: "The customer notices" },
          { id: "measure", label: "We measure" },
        ],
        private: false,
        anonymous: false,
      },
    },
    {
      id: "conditions",
      kind: "cards",
      title: "What it takes",
      prompt: "What conditions do we need to get there, and what gets in the way today?",
      timeboxMinutes: 15,
      options: {
        columns: [
          { id: "needs", label: "We need" },
          { id: "blocks", label: "Gets in the way" },
        ],
        private: false,
        anonymous: true,
      },
    },
    {
      id: "brainstorm",
      kind: "brainstorm",
      title: "The way there",
      prompt: "How do we reach the result together? Ideas from every team; dots for the ones to start with.",
      timeboxMinutes: 20,
      options: { budget: 3 },
    },
    {
      id: "agreements",
      kind: "agreements",
      title: "Agreements",
      prompt: "What we will do, who owns it with a buddy from another team, by when, and the number that tells us it worked.",
      timeboxMinutes: 30,
      options: { sourcePhaseId: "brainstorm" },
    },
    {
      id: "carry-over",
      kind: "carry-over",
      title: "The colleagues who weren't here",
      prompt: "How do they hear the result we aim for, and get a say in the way there?",
      timeboxMinutes: 10,
      options: {},
    },
    checkOut,
  ],
};
