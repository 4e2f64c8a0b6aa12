import type { Messages } from "../en";

export const mirror = {
  recognised: "Herkenbaar",
  surprised: "Verrassend",
  recognisedCount: "herkenbaar",
  surprisedCount: "verrassend",
  yourReaction: "Je reactie",
  yourTeam: "(jouw team)",
  tapHint: "Tik op “Herkenbaar” of “Verrassend” bij de kaartjes die je raken.",
  othersSeeUs: "Hoe de anderen ons zien",
  othersSee: "Hoe de anderen {team} zien",
  weSeeOurselves: "Hoe we onszelf zien",
  teamSees: "Hoe {team} zichzelf ziet",
  nothingWritten: "Niets geschreven.",
  teamOf: "team {position} van {count}",
  teamOnShow: "Team in beeld",
  previous: "Vorige",
  next: "Volgende",
  onShow: "In beeld",
  followsHint: "Telefoons en het scherm tonen dit team.",
} satisfies Messages["mirror"];
