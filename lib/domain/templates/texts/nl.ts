import type { TemplateTexts } from "./types";

const LOBBY = {
  title: "Welkom",
  prompt: "Scan de code of typ hem in op het adres op het scherm, vul je naam in en kies je team.",
};
const CHECK_OUT = { title: "Check-out", prompt: "Dezelfde vragen als vanochtend. Is er iets verschoven?" };
const checkIn = (top: string) => ({
  title: "Check-in",
  prompt: `Antwoord van 1 (helemaal niet) tot 5 (${top}). Alleen de totalen per team worden getoond.`,
});
const CARRY_OVER_TITLE = "De collega's die er niet bij waren";

/** Dutch (and Flemish rooms): the words of Onside's templates, by template id. */
export const NL: Readonly<Record<string, TemplateTexts>> = {
  "in-each-others-shoes": {
    title: "In elkaars schoenen",
    description:
      "Voor teams die langs elkaar heen werken terwijl alles om hen heen verandert: elk team schrijft vanuit een ander team, ziet zichzelf in de spiegel, benoemt de wij-zij-overtuigingen en maakt daarna samen afspraken.",
    teams: ["Sales", "Klantenservice", "Financiën", "IT", "Logistiek"],
    phases: {
      lobby: LOBBY,
      "check-in": checkIn("heel goed"),
      changes: {
        title: "Veranderingen om ons heen",
        prompt:
          "Wat verandert er rondom ons — markt, wetgeving, audits, technologie, klanten — en wat betekent dat voor het werk van jouw team?",
      },
      shoes: {
        title: "In hun schoenen",
        prompt:
          "Schrijf vanuit het team dat je kreeg: zijn sterktes, en de uitdagingen die het werk soms moeilijk maken. Schrijf daarna hoe je eigen team zichzelf ziet.",
      },
      mirror: { title: "De spiegel", prompt: "Hoe de anderen ons zien, naast hoe we onszelf zien. Het verschil is het gesprek." },
      beliefs: {
        title: "Wij en zij",
        prompt:
          "Welke overtuigingen over andere teams leven er? Zet ze anoniem op het bord met een waarschijnlijke oorzaak. Het team in kwestie vertelt wat er echt achter zit; iedereen stemt.",
      },
      strengths: { title: "Onze gezamenlijke kracht", prompt: "Al onze sterktes op één muur. Wat kunnen we samen bereiken?" },
      brainstorm: {
        title: "Brainstorm",
        prompt: "Hoe kunnen klanten ons heel positief ervaren, terwijl het wettelijk kader gerespecteerd blijft?",
      },
      agreements: {
        title: "Afspraken",
        prompt: "Wat we gaan doen, wie het trekt met een buddy uit een ander team, tegen wanneer, en hoe we weten dat het gewerkt heeft.",
      },
      "carry-over": {
        title: CARRY_OVER_TITLE,
        prompt: "Hoe laten we hen een soortgelijke ervaring opdoen en betrekken we hen bij wat we hebben afgesproken?",
      },
      "check-out": CHECK_OUT,
    },
    columns: {},
    questions: {
      "they-understand": "Hoe goed begrijpen de andere teams ons werk?",
      "i-understand": "Hoe goed begrijp ik het werk van de andere teams?",
    },
  },

  "upside-down": {
    title: "Zet de piramide op zijn kop",
    description:
      "Voor een managementteam samen met de collega's die klanten ontmoeten: waar wacht een klant op een beslissing die ver weg genomen wordt, wat heeft de eerste lijn nodig om ter plekke te beslissen, en hoe staat de rest van de organisatie hen ten dienste?",
    teams: ["Management", "Klantenservice", "Sales", "Binnendienst"],
    phases: {
      lobby: LOBBY,
      "check-in": checkIn("heel erg"),
      pyramid: {
        title: "De piramide op zijn kop",
        prompt:
          "Bovenaan de klanten, dan de collega's die hen elke dag ontmoeten; iedereen daaronder, het management ook, is er om hen te dienen.",
      },
      waiting: {
        title: "Waar de klant wacht",
        prompt: "Waar wacht een klant op goedkeuring van iemand ver weg? Wat zou ter plekke opgelost kunnen worden?",
      },
      needs: {
        title: "Wat de eerste lijn nodig heeft",
        prompt:
          "Wat hebben de collega's die klanten ontmoeten nodig om ter plekke te beslissen: vaardigheden, middelen, informatie, vertrouwen?",
      },
      beliefs: {
        title: "Wat ons tegenhoudt",
        prompt: "Welke overtuigingen houden beslissingen bovenin? Zet ze anoniem op het bord met een waarschijnlijke oorzaak; iedereen stemt.",
      },
      brainstorm: {
        title: "Hoe we hen dienen",
        prompt: "Hoe kan de rest van ons, te beginnen bij het management, de collega's dienen die de klant dienen?",
      },
      agreements: {
        title: "Afspraken",
        prompt: "Welke beslissingen komen dichter bij de klant, wie trekt elk ervan met een buddy, tegen wanneer, en hoe we het gaan merken.",
      },
      "check-out": CHECK_OUT,
    },
    columns: {
      waits: "Wacht op goedkeuring",
      "on-the-spot": "Ter plekke op te lossen",
      training: "Opleiding",
      instruments: "Middelen",
      mandate: "Mandaat",
    },
    questions: {
      "on-the-spot": "Hoe vaak kan de vraag van een klant ter plekke opgelost worden, door wie hem ook aanneemt?",
      served: "Hoe goed staat de rest van de organisatie de collega's met klantcontact ten dienste?",
    },
  },

  "shared-goal": {
    title: "Van training naar een gezamenlijk doel",
    description:
      "Als een manager vraagt om klantgerichtere, proactievere medewerkers: benoem eerst het resultaat dat de organisatie wil, maak het meetbaar, en laat de teams dan samen uitzoeken wat ervoor nodig is en hoe ze er komen.",
    teams: ["Klantenservice", "Sales", "Operations", "Management"],
    phases: {
      lobby: LOBBY,
      "check-in": checkIn("heel erg"),
      result: {
        title: "Het resultaat dat we willen",
        prompt: "Wat moeten klanten merken, en aan welk getal zien we het? Bijvoorbeeld: het aantal foutmeldingen daalt van 10% naar 5%.",
      },
      concrete: { title: "Het resultaat, concreet gemaakt", prompt: "Wat zou een klant merken, en hoe meten we het?" },
      conditions: {
        title: "Wat ervoor nodig is",
        prompt: "Welke randvoorwaarden hebben we nodig om er te komen, en wat staat ons vandaag in de weg?",
      },
      brainstorm: {
        title: "De weg ernaartoe",
        prompt: "Hoe bereiken we het resultaat samen? Ideeën uit elk team; stippen voor de ideeën waarmee we beginnen.",
      },
      agreements: {
        title: "Afspraken",
        prompt: "Wat we gaan doen, wie het trekt met een buddy uit een ander team, tegen wanneer, en het getal dat ons vertelt dat het gewerkt heeft.",
      },
      "carry-over": {
        title: CARRY_OVER_TITLE,
        prompt: "Hoe horen zij welk resultaat we nastreven, en hoe krijgen ze inspraak in de weg ernaartoe?",
      },
      "check-out": CHECK_OUT,
    },
    columns: { notice: "De klant merkt", measure: "We meten", needs: "We hebben nodig", blocks: "Staat in de weg" },
    questions: {
      why: "Hoe duidelijk is het wat ons werk voor klanten moet opleveren?",
      say: "Hoeveel inspraak heb ik in hoe we daar komen?",
    },
  },
};
