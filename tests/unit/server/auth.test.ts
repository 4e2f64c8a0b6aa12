import { describe, expect, it } from "vitest";
import type { WorkshopState } from "@/lib/domain";
import { readerOf } from "@/server/http/auth";
import { hashToken } from "@/server/secrets";
import { facilitator, must, workshop } from "../domain/fixtures";

const FACILITATOR = "facilitator-token-0123456789abcdef";
const ANN = "ann-participant-token-0000000000";
const BEN = "ben-participant-token-0000000000";
const SHARE = "share-link-secret-000000000000000";
const EDIT = "edit-link-secret-0000000000000000";

/** Ann (in) and Ben (removed); one agreement a1 with an owner's link; one share link. */
function state(): WorkshopState {
  let s: WorkshopState = workshop();
  s = { ...s, secrets: { ...s.secrets!, facilitatorTokenHash: hashToken(FACILITATOR) } };
  s = must(s, { type: "participant.join", name: "Ann", teamId: "t1" }, { role: "guest", tokenHash: hashToken(ANN) }).state;
  s = must(s, { type: "participant.join", name: "Ben", teamId: "t2" }, { role: "guest", tokenHash: hashToken(BEN) }).state;
  s = must(s, { type: "participant.remove", participantId: "p3" }, facilitator).state;
  s = must(s, { type: "share.add", tokenHash: hashToken(SHARE) }, facilitator).state;
  s = { ...s, agreements: { a1: { id: "a1" } as WorkshopState["agreements"][string] } };
  return must(s, { type: "agreement.addEditLink", agreementId: "a1", tokenHash: hashToken(EDIT) }, facilitator).state;
}

describe("readerOf: which secret a bearer token is", () => {
  it.each<[string, string, ReturnType<typeof readerOf>]>([
    ["the facilitator's key", FACILITATOR, { role: "facilitator" }],
    ["a participant's token", ANN, { role: "participant", participantId: "p2" }],
    ["a removed participant's token", BEN, null],
    ["a share link", SHARE, { role: "share" }],
    ["an owner's link", EDIT, { role: "owner", agreementId: "a1" }],
    ["a stored hash (a leaked database opens nothing)", hashToken(SHARE), null],
    ["anything else", "x".repeat(32), null],
  ])("%s", (_name, token, expected) => {
    expect(readerOf(state(), token)).toEqual(expected);
  });

  it("an owner's link opens nothing once its agreement is deleted", () => {
    const s = state();
    expect(readerOf({ ...s, agreements: {} }, EDIT)).toBeNull();
  });
});
