import type { Language } from "../../i18n/languages";
import type { PhaseDraft } from "../features/agenda/schemas";
import type { Phase, PhaseKind } from "../phases";

/** The kinds a facilitator can add (the lobby is there once, at the start). */
export const ADDABLE_KINDS = [
  "info",
  "pulse",
  "cards",
  "perspective",
  "mirror",
  "beliefs",
  "strengths",
  "brainstorm",
  "agreements",
  "carry-over",
] as const satisfies readonly PhaseKind[];
export type AddableKind = (typeof ADDABLE_KINDS)[number];

type Words = { title: string; prompt: string };

/** A new phase's first words per kind, in the workshop's language: the facilitator edits them. */
const WORDS: Record<Language, Record<AddableKind, Words> & { question: string }> = {
  en: {
    info: { title: "New slide", prompt: "What the room should read on the screen." },
    pulse: { title: "Pulse", prompt: "Answer from 1 (not at all) to 5 (very much). Only the totals per team are shown." },
    cards: { title: "Cards", prompt: "What comes to mind? One thought per card." },
    perspective: { title: "In their shoes", prompt: "Write as the team you were given: its strengths and its challenges." },
    mirror: { title: "The mirror", prompt: "How the others see us, beside how we see ourselves." },
    beliefs: { title: "Us and them", prompt: "Which beliefs about other teams go around? Post them anonymously with a likely cause." },
    strengths: { title: "Our combined strength", prompt: "All our strengths on one wall. What could we achieve together?" },
    brainstorm: { title: "Brainstorm", prompt: "Ideas from every team; dots for the ones to start with." },
    agreements: { title: "Agreements", prompt: "What we will do, who owns it with a buddy, by when, and how we will know." },
    "carry-over": { title: "The colleagues who weren't here", prompt: "How do they hear what we agreed, and get involved?" },
    question: "How are we doing?",
  },
  nl: {
    info: { title: "Nieuwe dia", prompt: "Wat de zaal op het scherm moet lezen." },
    pulse: { title: "Peiling", prompt: "Antwoord van 1 (helemaal niet) tot 5 (heel erg). Alleen de totalen per team worden getoond." },
    cards: { title: "Kaartjes", prompt: "Wat komt er in je op? Eén gedachte per kaartje." },
    perspective: { title: "In hun schoenen", prompt: "Schrijf vanuit het team dat je kreeg: zijn sterktes en zijn uitdagingen." },
    mirror: { title: "De spiegel", prompt: "Hoe de anderen ons zien, naast hoe we onszelf zien." },
    beliefs: { title: "Wij en zij", prompt: "Welke overtuigingen over andere teams leven er? Zet ze anoniem op het bord met een waarschijnlijke oorzaak." },
    strengths: { title: "Onze gezamenlijke kracht", prompt: "Al onze sterktes op één muur. Wat kunnen we samen bereiken?" },
    brainstorm: { title: "Brainstorm", prompt: "Ideeën uit elk team; stippen voor de ideeën waarmee we beginnen." },
    agreements: { title: "Afspraken", prompt: "Wat we gaan doen, wie het trekt met een buddy, tegen wanneer, en hoe we het merken." },
    "carry-over": { title: "De collega's die er niet bij waren", prompt: "Hoe horen zij wat we afspraken, en hoe betrekken we hen?" },
    question: "Hoe gaat het met ons?",
  },
  nb: {
    info: { title: "Nytt lysbilde", prompt: "Det salen skal lese på skjermen." },
    pulse: { title: "Pulsmåling", prompt: "Svar fra 1 (ikke i det hele tatt) til 5 (i svært stor grad). Bare summen per team vises." },
    cards: { title: "Lapper", prompt: "Hva tenker du på? Én tanke per lapp." },
    perspective: { title: "I deres sko", prompt: "Skriv som teamet du fikk: styrkene og utfordringene." },
    mirror: { title: "Speilet", prompt: "Hvordan de andre ser oss, ved siden av hvordan vi ser oss selv." },
    beliefs: { title: "Vi og dem", prompt: "Hvilke oppfatninger om andre team går igjen? Legg dem inn anonymt med en sannsynlig årsak." },
    strengths: { title: "Vår samlede styrke", prompt: "Alle styrkene våre på én vegg. Hva kan vi få til sammen?" },
    brainstorm: { title: "Idémyldring", prompt: "Ideer fra alle team; prikker på dem vi starter med." },
    agreements: { title: "Avtaler", prompt: "Hva vi skal gjøre, hvem som eier det sammen med en makker, innen når, og hvordan vi merker det." },
    "carry-over": { title: "Kollegene som ikke var her", prompt: "Hvordan får de høre hva vi ble enige om, og blir involvert?" },
    question: "Hvordan har vi det?",
  },
};

const TIMEBOX: Record<AddableKind, number> = {
  info: 10,
  pulse: 3,
  cards: 10,
  perspective: 15,
  mirror: 20,
  beliefs: 20,
  strengths: 10,
  brainstorm: 20,
  agreements: 30,
  "carry-over": 10,
};

/** The last phase of a kind at or before `index`: what a mirror or agreements build on. */
const lastBefore = (agenda: readonly Phase[], index: number, kind: PhaseKind) =>
  agenda.slice(0, index + 1).findLast((p) => p.kind === kind)?.id ?? null;

/**
 * A new phase to put after `agenda[afterIndex]`, with sensible first words, time box and options.
 * `null` when the kind cannot go there: a mirror or strengths phase needs a perspective phase
 * before it.
 */
export function newPhaseDraft(kind: AddableKind, lang: Language, agenda: readonly Phase[], afterIndex: number): PhaseDraft | null {
  const words = WORDS[lang][kind];
  const base = { kind, title: words.title, prompt: words.prompt, timeboxMinutes: TIMEBOX[kind] };
  switch (kind) {
    case "pulse":
      return { ...base, options: { questions: [{ id: "q1", text: WORDS[lang].question }], pairedWith: null } };
    case "cards":
      return { ...base, options: { columns: [], private: false, anonymous: false } };
    case "perspective":
      return { ...base, options: { private: true, anonymous: false } };
    case "mirror":
    case "strengths": {
      const source = lastBefore(agenda, afterIndex, "perspective");
      return source ? { ...base, options: { sourcePhaseId: source } } : null;
    }
    case "brainstorm":
      return { ...base, options: { budget: 3 } };
    case "agreements":
      return { ...base, options: { sourcePhaseId: lastBefore(agenda, afterIndex, "brainstorm") } };
    default:
      return { ...base, options: {} };
  }
}
