import { expect, test, type Browser, type Page } from "@playwright/test";
import { Peer } from "../helpers/peer";
import { createWorkshop, join, laptop, next, phone } from "./support/room";

const PEERS = 20;
const EACH = 100;

/** Posts `count` cards from one phone, as fast as the server's limit per phone allows (50 at once, then 10 a second). */
async function post(peer: Peer, label: string, count: number): Promise<void> {
  for (let done = 0; done < count; ) {
    const n = Math.min(done === 0 ? 50 : 10, count - done);
    const acks = await Promise.all(Array.from({ length: n }, (_, i) => peer.send({ type: "card.add", phaseId: "changes", text: `${label} card ${done + i + 1}` })));
    const refused = acks.filter((a) => !a.ok).length;
    done += n - refused;
    if (done < count) await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Ann of Sales on a 360 px phone, in a workshop's first phase of cards. */
async function annWriting(browser: Browser, title: string): Promise<{ code: string; ann: Page }> {
  const facilitator = await laptop(browser);
  const code = await createWorkshop(facilitator, title, ["Sales", "IT"]);
  const ann = await phone(browser, "Galaxy S8");
  await join(ann, code, "Ann", "Sales");
  await next(facilitator, "Check-in", [ann]);
  await next(facilitator, "Changes around us", [ann]);
  return { code, ann };
}

const cardsInPage = (page: Page) => page.getByTestId("card").count();
const topOf = async (page: Page, text: string) => (await page.getByText(text, { exact: true }).boundingBox())?.y;

/**
 * A kick-off's wall on a 360 px phone: 2,000 cards from twenty others. The phone draws a screenful
 * at a time, so it keeps up and scrolls smoothly; every card can still be reached, my own cards
 * come first and keep an edit wherever the list is scrolled, cards posted higher up do not move
 * what I read, and from deep in the list one tap brings me back to writing.
 */
test("a phone holding 2,000 cards draws a screenful at a time, and scrolls to every one of them", async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  const { code, ann } = await annWriting(browser, "Kick-off");

  const peers = await Promise.all(Array.from({ length: PEERS }, () => Peer.participant(baseURL!, code).connected()));
  await Promise.all(peers.map((p, i) => p.join(`Person ${i + 1}`, i % 2 === 0 ? "t1" : "t2")));
  await Promise.all(peers.map((p, i) => post(p, `${i % 2 === 0 ? "Sales" : "IT"} ${i + 1}`, EACH)));
  await expect(ann.getByRole("heading", { name: "Cards so far (2000)" })).toBeVisible({ timeout: 30_000 });
  expect(await cardsInPage(ann)).toBeLessThan(60);

  // My own card comes first, not after Sales' thousand.
  await ann.getByLabel("Your card").fill("Ann's card about the new tender rules");
  await ann.getByRole("button", { name: "Post", exact: true }).click();
  await expect(ann.getByRole("heading", { name: "Cards so far (2001)" })).toBeVisible();
  await expect(ann.getByRole("heading", { name: "Your cards (1)" })).toBeVisible();
  await expect(ann.getByRole("heading", { name: "Sales (1000)" })).toBeVisible();
  const mine = ann.getByRole("article").filter({ hasText: "Ann's card about the new tender rules" });
  await expect(mine).toBeInViewport();
  await expect(ann.getByRole("button", { name: "Write a card" })).toHaveCount(0);
  await ann.screenshot({ path: testInfo.outputPath("long-wall-top.png"), scale: "css" });
  await mine.getByRole("button", { name: "Edit" }).click();
  await ann.getByRole("textbox", { name: "Edit your card" }).fill("Ann's card, edited far down the list");

  // Down to IT's cards, far from the edit: what is on screen is drawn, and the edit waits.
  await ann.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.75));
  const onScreen = async () => (await ann.getByTestId("card").locator("> p").allInnerTexts()).filter((t) => t.startsWith("IT "));
  // Drawn in the next frames, not at once.
  await expect.poll(async () => (await onScreen()).length).toBeGreaterThan(0);
  const reading = await onScreen();
  const anchor = reading[Math.floor(reading.length / 2)]!;
  const before = await topOf(ann, anchor);
  // The screen as Ann sees it (the whole page would be 200,000 px tall).
  await ann.screenshot({ path: testInfo.outputPath("long-wall-phone.png"), scale: "css" });

  // Sales posts twenty more, above what Ann is reading: it stays where it was.
  await post(peers[0]!, "Late Sales", 20);
  await expect(ann.getByRole("heading", { name: "Cards so far (2021)" })).toBeVisible();
  await expect.poll(() => topOf(ann, anchor)).toBeCloseTo(before!, -1);

  // The last card is at the bottom of the page.
  await post(peers[1]!, "Last", 1);
  await ann.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(ann.getByText("Last card 1", { exact: true })).toBeInViewport();
  expect(await cardsInPage(ann)).toBeLessThan(60);
  await ann.screenshot({ path: testInfo.outputPath("long-wall-bottom.png"), scale: "css" });

  // From the bottom of the wall, one tap back to writing.
  await ann.getByRole("button", { name: "Write a card" }).click();
  await expect(ann.getByLabel("Your card", { exact: true })).toBeFocused();
  await expect(ann.getByLabel("Your card", { exact: true })).toBeInViewport();

  // Back at the top, my card's edit is as I left it.
  await ann.evaluate(() => window.scrollTo(0, 0));
  await expect(ann.getByRole("textbox", { name: "Edit your card" })).toHaveValue("Ann's card, edited far down the list");
  await ann.getByRole("button", { name: "Save" }).click();
  await expect(ann.getByText("Ann's card, edited far down the list", { exact: true })).toBeVisible();
  for (const p of peers) p.close();
});

/**
 * The list turns long while Ann is typing an edit: the 250th card swaps the whole list for the one
 * drawn a screenful at a time, and every card in it is drawn anew. Her edit stays open, with what
 * she typed, and she carries on typing where she was.
 */
test("an edit being typed when the list grows long stays open with what was typed", async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const { code, ann } = await annWriting(browser, "Sales meets IT");

  const peers = await Promise.all(Array.from({ length: 5 }, () => Peer.participant(baseURL!, code).connected()));
  await Promise.all(peers.map((p, i) => p.join(`Person ${i + 1}`, "t2")));
  await Promise.all(peers.map((p, i) => post(p, `IT ${i + 1}`, 49)));
  await ann.getByLabel("Your card").fill("Ann's card");
  await ann.getByRole("button", { name: "Post", exact: true }).click();
  await expect(ann.getByRole("heading", { name: "Cards so far (246)" })).toBeVisible({ timeout: 30_000 });
  await expect(ann.getByRole("heading", { name: "Your cards (1)" })).toHaveCount(0);

  await ann.getByRole("article").filter({ hasText: "Ann's card" }).getByRole("button", { name: "Edit" }).click();
  const edit = ann.getByRole("textbox", { name: "Edit your card" });
  await edit.fill("Ann's card, half");
  await post(peers[0]!, "Late IT", 4);
  await expect(ann.getByRole("heading", { name: "Your cards (1)" })).toBeVisible();

  await expect(edit).toHaveValue("Ann's card, half");
  await expect(edit).toBeFocused();
  await ann.keyboard.type(" written");
  await ann.getByRole("button", { name: "Save" }).click();
  await expect(ann.getByText("Ann's card, half written", { exact: true })).toBeVisible();
  for (const p of peers) p.close();
});
