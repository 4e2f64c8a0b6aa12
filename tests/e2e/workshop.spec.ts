import { test } from "@playwright/test";
import { agreements, brainstorm, carryOver, checkOut, theEnd } from "./story/closing";
import { changes, checkIn, lobby } from "./story/opening";
import { combinedStrength, inTheirShoes, mirror, usAndThem } from "./story/perspectives";
import { openRoom } from "./story/room";

/**
 * The whole default workshop, "In each other's shoes", as a room lives it: a facilitator on a
 * laptop, the projector, and four phones in three teams, from the lobby through every phase of
 * the default agenda to the check-out and the end. Each step (tests/e2e/story/) checks what people
 * would notice on the other devices, and every phase leaves a screenshot of a 360 px phone, the
 * console and the screen in test-results/.
 */
test("the whole default workshop, from the lobby to the check-out and the end", async ({ browser }, testInfo) => {
  // One room, one long story: each phase builds on the last, and axe reads every device at every
  // phase. Slowness shows in the run time; this only stops a run that hangs.
  test.setTimeout(600_000);

  const room = await openRoom(browser, testInfo);
  await lobby(room);
  await checkIn(room);
  await changes(room);
  await inTheirShoes(room);
  await mirror(room);
  await usAndThem(room);
  await combinedStrength(room);
  await brainstorm(room);
  await agreements(room);
  await carryOver(room);
  await checkOut(room);
  await theEnd(room);
});
