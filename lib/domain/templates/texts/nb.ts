import type { TemplateTexts } from "./types";

const LOBBY = {
  title: "Velkommen",
  prompt: "Skann koden eller skriv den inn på adressen på skjermen, skriv navnet ditt og velg team.",
};
const CHECK_OUT = { title: "Utsjekk", prompt: "De samme spørsmålene som i morges. Har noe endret seg?" };
const checkIn = (top: string) => ({
  title: "Innsjekk",
  prompt: `Svar fra 1 (ikke i det hele tatt) til 5 (${top}). Bare summen per team vises.`,
});
const CARRY_OVER_TITLE = "Kollegene som ikke var her";

/** Norwegian Bokmål: the words of Onside's templates, by template id. */
export const NB: Readonly<Record<string, TemplateTexts>> = {
  "in-each-others-shoes": {
    title: "I hverandres sko",
    description:
      "For team som jobber på tvers av hverandre mens alt rundt dem endrer seg: hvert team skriver som et annet team, ser seg selv i speilet, setter ord på vi-og-dem-tankene og blir så enige om hva de skal gjøre sammen.",
    teams: ["Salg", "Kundeservice", "Økonomi", "IT", "Logistikk"],
    phases: {
      lobby: LOBBY,
      "check-in": checkIn("svært godt"),
      changes: {
        title: "Endringer rundt oss",
        prompt: "Hva endrer seg rundt oss – marked, lovverk, revisjoner, teknologi, kunder – og hva betyr det for arbeidet i teamet ditt?",
      },
      shoes: {
        title: "I deres sko",
        prompt:
          "Skriv som teamet du fikk: styrkene, og utfordringene som gjør arbeidet vanskelig. Skriv så hvordan ditt eget team ser seg selv.",
      },
      mirror: { title: "Speilet", prompt: "Hvordan de andre ser oss, ved siden av hvordan vi ser oss selv. Avstanden er samtalen." },
      beliefs: {
        title: "Vi og dem",
        prompt:
          "Hvilke oppfatninger om andre team går igjen? Legg dem inn anonymt med en sannsynlig årsak. Teamet det gjelder forteller hva som egentlig ligger bak; alle stemmer.",
      },
      strengths: { title: "Vår samlede styrke", prompt: "Alle styrkene våre på én vegg. Hva kan vi få til sammen?" },
      brainstorm: {
        title: "Idémyldring",
        prompt: "Hvordan kan kundene få en god opplevelse av oss, samtidig som regelverket blir respektert?",
      },
      agreements: {
        title: "Avtaler",
        prompt: "Hva vi skal gjøre, hvem som eier det sammen med en makker fra et annet team, innen når, og hvordan vi vet at det virket.",
      },
      "carry-over": {
        title: CARRY_OVER_TITLE,
        prompt: "Hvordan får de en lignende opplevelse, og hvordan tar vi dem med på det vi ble enige om?",
      },
      "check-out": CHECK_OUT,
    },
    columns: {},
    questions: {
      "they-understand": "Hvor godt forstår de andre teamene arbeidet vårt?",
      "i-understand": "Hvor godt forstår jeg arbeidet til de andre teamene?",
    },
  },

  "upside-down": {
    title: "Snu pyramiden på hodet",
    description:
      "For en ledergruppe sammen med kollegene som møter kundene: hvor venter en kunde på en beslutning som tas langt unna, hva trenger førstelinjen for å avgjøre på stedet, og hvordan kan alle andre hjelpe dem med det?",
    teams: ["Ledelse", "Kundeservice", "Salg", "Støttefunksjoner"],
    phases: {
      lobby: LOBBY,
      "check-in": checkIn("i svært stor grad"),
      pyramid: {
        title: "Pyramiden på hodet",
        prompt: "Kundene øverst, så kollegene som møter dem hver dag; alle under dem, ledelsen også, er der for å tjene dem.",
      },
      waiting: {
        title: "Der kunden venter",
        prompt: "Hvor venter en kunde på godkjenning fra noen langt unna? Hva kunne vært løst på stedet?",
      },
      needs: {
        title: "Hva førstelinjen trenger",
        prompt: "Hva trenger kollegene som møter kundene for å avgjøre på stedet: ferdigheter, verktøy, informasjon, tillit?",
      },
      beliefs: {
        title: "Hva som holder oss tilbake",
        prompt: "Hvilke oppfatninger holder beslutningene på toppen? Legg dem inn anonymt med en sannsynlig årsak; alle stemmer.",
      },
      brainstorm: {
        title: "Hvordan vi tjener dem",
        prompt: "Hvordan kan resten av oss, ledelsen først, tjene kollegene som tjener kunden?",
      },
      agreements: {
        title: "Avtaler",
        prompt: "Hvilke beslutninger flyttes nærmere kunden, hvem eier hver av dem sammen med en makker, innen når, og hvordan vi vil merke det.",
      },
      "check-out": CHECK_OUT,
    },
    columns: {
      waits: "Venter på godkjenning",
      "on-the-spot": "Kunne vært løst på stedet",
      training: "Opplæring",
      instruments: "Verktøy",
      mandate: "Fullmakt",
    },
    questions: {
      "on-the-spot": "Hvor ofte kan en kundes spørsmål løses på stedet, av den som tar imot det?",
      served: "Hvor godt støtter resten av organisasjonen kollegene som møter kundene?",
    },
  },

  "shared-goal": {
    title: "Fra kurs til et felles mål",
    description:
      "Når en leder ber om mer kundeorienterte og proaktive medarbeidere: sett først ord på resultatet organisasjonen vil ha, gjør det målbart, og la så teamene finne ut sammen hva som skal til og hvordan de kommer dit.",
    teams: ["Kundeservice", "Salg", "Drift", "Ledelse"],
    phases: {
      lobby: LOBBY,
      "check-in": checkIn("i svært stor grad"),
      result: {
        title: "Resultatet vi vil ha",
        prompt: "Hva skal kundene merke, og i hvilket tall ser vi det? For eksempel: feil ned fra 10 % til 5 %.",
      },
      concrete: { title: "Resultatet, gjort konkret", prompt: "Hva ville en kunde merke, og hvordan måler vi det?" },
      conditions: {
        title: "Hva som skal til",
        prompt: "Hvilke forutsetninger trenger vi for å komme dit, og hva står i veien i dag?",
      },
      brainstorm: {
        title: "Veien dit",
        prompt: "Hvordan når vi resultatet sammen? Ideer fra alle team; prikker på dem vi starter med.",
      },
      agreements: {
        title: "Avtaler",
        prompt: "Hva vi skal gjøre, hvem som eier det sammen med en makker fra et annet team, innen når, og tallet som forteller oss at det virket.",
      },
      "carry-over": {
        title: CARRY_OVER_TITLE,
        prompt: "Hvordan får de høre om resultatet vi sikter mot, og får si sitt om veien dit?",
      },
      "check-out": CHECK_OUT,
    },
    columns: { notice: "Kunden merker", measure: "Vi måler", needs: "Vi trenger", blocks: "Står i veien" },
    questions: {
      why: "Hvor tydelig er det hva arbeidet vårt for kundene skal oppnå?",
      say: "Hvor mye har jeg å si om hvordan vi kommer dit?",
    },
  },
};
