import type { Template } from "./schema";
import { LOBBY, checkInAndOut } from "./pulse";

const [checkIn, checkOut] = checkInAndOut([
  { id: "on-the-spot", text: "How often can a customer's question be solved on the spot, by whoever takes it?" },
  { id: "served", text: "How well does the rest of the organisation serve the colleagues who face customers?" },
]);

/**
 * The customer on top, the people who meet customers next, management at the bottom serving
 * them: decisions move to where the customer is, and what the front line needs gets named.
 */
export const UPSIDE_DOWN: Template = {
  id: "upside-down",
  title: "Turn the pyramid upside down",
  description:
    "For a management team with the colleagues who meet customers: where does a customer wait for a decision taken far away, what would the front line need to decide on the spot, and how does everyone else serve them?",
  agenda: [
    LOBBY,
    checkIn,
    {
      id: "pyramid",
      kind: "info",
      title: "The pyramid upside down",
      prompt:
        "Customers on top, then the colleagues who meet them every day; everyone below them, management included, is there to serve them.",
      timeboxMinutes: 10,
      options: {},
    },
    {
      id: "waiting",
      kind: "cards",
      title: "Where the customer waits",
      prompt: "Where does a customer wait for approval from someone far away? What could be solved on the spot?",
      timeboxMinutes: 15,
      options: {
        columns: [
          { id: "waits", label: "Waits for approval" },
          { id: "on-the-spot", label: "Could be solved on the spot" },
        ],
        private: false,
        anonymous: false,
      },
    },
    {
      id: "needs",
      kind: "cards",
      title: "What the front line needs",
      prompt: "To decide on the spot, what do the colleagues who meet customers need: skills, instruments, information, trust?",
      timeboxMinutes: 15,
      options: {
        columns: [
          { id: "training", label: "Training" },
          { id: "instruments", label: "Instruments" },
          { id: "mandate", label: "Mandate" },
        ],
        private: false,
        anonymous: true,
      },
    },
    {
      id: "beliefs",
      kind: "beliefs",
      title: "What stops us",
      prompt: "Which beliefs keep decisions at the top? Post them anonymously with a likely cause; everyone votes.",
      timeboxMinutes: 20,
      options: {},
    },
    {
      id: "brainstorm",
      kind: "brainstorm",
      title: "How we serve them",
      prompt: "How can the rest of us, management first, serve the colleagues who serve the customer?",
      timeboxMinutes: 20,
      options: { budget: 3 },
    },
    {
      id: "agreements",
      kind: "agreements",
      title: "Agreements",
      prompt: "Which decisions move closer to the customer, who owns each with a buddy, by when, and how we will know.",
      timeboxMinutes: 30,
      options: { sourcePhaseId: "brainstorm" },
    },
    checkOut,
  ],
};
