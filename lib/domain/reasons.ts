/**
 * Why the workshop says no, in English, by reason. A refusal travels as its reason and parameters,
 * so each phone shows it in its own language (the `errors` area of the catalogues starts from
 * these); the English text is the message a log or an API client reads.
 *
 * Parameters are numbers or what people typed (a team's name, a phase's title), never English
 * words: a Dutch phone would show them as they are.
 */
export const REFUSALS = {
  // Who may do what
  facilitatorOnly: "Only the facilitator can do that.",
  joinFirst: "Join the workshop first.",
  removed: "The facilitator removed you from this workshop.",
  guestOnly: "Only a phone that has not joined yet can join.",
  ended: "The workshop has ended; it is read-only now.",

  // Phases and input
  phaseMissing: "That phase is not on the agenda.",
  wrongPhaseKind: "That phase does not take this kind of input.",
  notStarted: "That phase has not started yet.",
  locked: "The facilitator has locked input for this phase.",
  noPrivateWriting: "This phase has no private writing to reveal.",
  notMirror: "That phase is not a mirror.",
  noTimer: "There is no timer to extend; start one first.",
  spotlightMissing: "There is nothing with that id to spotlight.",
  cardNotVisible: "The room cannot see that card (hidden, merged, or not revealed yet).",
  beliefHidden: "The room cannot see that belief: it is hidden.",

  // Teams and people
  teamMissing: "That team is not part of this workshop.",
  personMissing: "That person is not in the workshop.",
  tooManyTeams: "A workshop takes at most {max} teams.",
  tooFewTeams: "A workshop needs at least {min} teams.",
  teamNameTaken: 'There is already a team called "{name}".',
  teamInUse: 'Someone has already been in "{name}" or written about it; rename it instead.',

  // The agenda
  phaseInvalid: "That phase is not valid: {problem}.",
  lobbyFirst: "The agenda must start with the lobby.",
  oneLobby: "An agenda has one lobby, at the start.",
  lobbyStays: "The lobby cannot be removed: everyone arrives there.",
  lobbyStaysFirst: "The lobby stays first.",
  tooManyPhases: "An agenda takes at most {max} phases.",
  onlyPhases: "There are only {count} phases.",
  afterPhaseMissing: "The phase to add after is not in the agenda.",
  phaseCurrent: "The room is in this phase now; move on to another phase before removing it.",
  phaseHoldsInput: '"{title}" already holds what people wrote or answered; it cannot be removed.',
  phaseSettingsKept: '"{title}" already holds what people wrote or answered; its settings stay as they are.',
  phaseInUse: '"{user}" builds on "{title}"; remove or change it first.',
  duplicatePhaseId: 'Two phases share the id "{id}".',
  sourceMissing: '"{title}" builds on a phase that is not in the agenda.',
  sourceKind: '"{title}" must build on a {kind} phase.',
  sourceOrder: '"{title}" must come after "{source}", which it builds on.',

  // Cards
  cardGone: "That card does not exist (any more).",
  pickColumn: "Pick one of the columns: {columns}.",
  noColumns: "This phase has no columns.",
  pickStrengthsOrChallenges: "Pick Strengths or Challenges.",
  writeAboutAssigned: "Write about the team you were given, or about your own team.",
  authorDeletes: "Only the author can delete a card; hide it instead.",
  mergedIntoThis: "Other people's cards were merged into this one, so it stays; you can still edit it.",
  authorChanges: "Only the author can change a card.",
  mergeSamePhase: "Merge a card into another card of the same phase.",
  mergeIntoMerged: "That card was itself merged; merge into the card it went into.",

  // Beliefs and the pulse
  beliefGone: "That belief does not exist (any more).",
  replyOwnTeamOnly: "Only members of {team} can reply to a belief about them.",
  questionMissing: "That question is not part of this pulse.",

  // The brainstorm
  noIdeasToGroup: "That phase has no ideas to group.",
  groupGone: "That group does not exist.",
  tooManyGroups: "There are already {max} groups; move ideas into one of them.",
  groupNameTaken: 'There is already a group called "{title}"; move the ideas there instead.',
  ideaGone: "That idea does not exist (any more).",
  groupOtherBrainstorm: "Move an idea into a group of its own brainstorm.",
  voteClosed: "The vote is closed; the results are on the screen.",
  ideaNotInVote: "That idea is not in this vote (any more).",
  votesUsed: "You have used all {budget} of your votes. Take one back to vote for another idea.",
  noVoteToClose: "That phase has no vote to close.",

  // Agreements and their follow-up
  noAgreementsHere: "That phase does not take agreements.",
  agreementGone: "That agreement does not exist (any more).",
  ownerTeamMissing: "The owner's team is not part of this workshop.",
  buddyTeamMissing: "The buddy's team is not part of this workshop.",
  noBrainstormSource: "This phase does not draw on a brainstorm's ideas.",
  ideaNotInBrainstorm: "That idea is not one of the brainstorm's ideas.",
  ideaMerged: "That idea was merged into another; make the agreement from that one.",
  progressByOwner: "Only the facilitator or the agreement's owner can update its progress.",
  tooManyShareLinks: "A workshop can have at most {max} share links.",
  tooManyCofacilitatorLinks: "A workshop can have at most {max} co-facilitator links.",

  // The catch-up
  noCatchUp: "There is no catch-up for this workshop.",
  catchUpClosed: "The catch-up is closed; it is read-only now.",
  catchUpAlreadyOpen: "The catch-up is already open; extend or close it instead.",
  openCatchUpFirst: "Open the catch-up first.",
  deadlinePast: "The deadline must be in the future.",
  catchUpPhaseKinds: "A catch-up keeps only pulse, perspective, mirror, beliefs and agreement phases.",
  catchUpNoPhases: "Keep at least one phase for the catch-up.",
  tooManyCatchUpLinks: "A team can have at most {max} catch-up links.",
  openCatchUpLink: "Open your catch-up link first.",
  joinThroughLink: "Join through a team's catch-up link.",
  catchUpFull: "The catch-up is full.",
  stepMissing: "That step is not part of this catch-up.",
  stepInput: "This step takes {kind} input.",
  answerEvery: "Answer every question.",
  stepSent: "You already sent this step.",
  stepsInOrder: "Finish the steps before this one first.",
};

export type Refusal = keyof typeof REFUSALS;
/** What fills a reason's `{placeholders}`: numbers, or words people typed. */
export type ReasonParams = Record<string, string | number>;

/** A reason's English text with its placeholders filled; a missing parameter stays visible. */
export function fill(template: string, params?: ReasonParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}
