/** English: the source of the "mirror" area's keys. */
export const mirror = {
  recognised: "Recognised",
  surprised: "Surprised",
  recognisedCount: "recognised",
  surprisedCount: "surprised",
  yourReaction: "Your reaction",
  yourTeam: "(your team)",
  tapHint: "Tap “Recognised” or “Surprised” on the cards that strike you.",
  othersSeeUs: "How the others see us",
  othersSee: "How the others see {team}",
  weSeeOurselves: "How we see ourselves",
  teamSees: "How {team} sees itself",
  nothingWritten: "Nothing written.",
  teamOf: "team {position} of {count}",
  // The console.
  teamOnShow: "Team on show",
  previous: "Previous",
  next: "Next",
  onShow: "On show",
  followsHint: "Phones and the screen show this team.",
};
