import { expect, test, type Page } from "@playwright/test";
import type { CreatedWorkshop } from "@/lib/protocol";
import { laptop, next, phaseHeading, phone, projector, shoot } from "./support/room";

/**
 * What real rooms type in: twelve teams with long names, a title at its limit, a card of 500
 * characters with a word longer than the phone is wide, many groups of ideas. Nothing may push a
 * 360 px phone, the console or the screen sideways: every page must fit its width.
 */

const LONG_WORD = "Kundeservicemedarbeiderkompetanseutviklingsprogrammet";
const TEAMS = [
  "Sales",
  "Kundeservice og ettermarkedsstøtte Øst",
  "Finance & Control (Accounts Receivable)",
  "IT",
  "Logistiek en magazijnbeheer Zuid-Holland",
  "Compliance",
  LONG_WORD.slice(0, 40),
  "Marketing",
  "Legal",
  "HR",
  "Inkoop",
  "Innkjøp og leverandøroppfølging Nord",
];
const TITLE = `Kick-off ${"met alle teams van de regio en hun klanten ".repeat(3)}`.slice(0, 120).trim();
const CARD = `${LONG_WORD}${LONG_WORD} ${"We hear about changes to the order flow only after customers complain about them. ".repeat(6)}`.slice(0, 500);
const GROUPS = ["Communication between teams on changes", "Handover", "Shared calendar", "Customer contact", "Lunch swaps", "Tools", "Onboarding"];

async function fitsItsWidth(page: Page, who: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${who} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
}

test("long names, twelve teams, a 500-character card and many groups fit a 360 px phone, the console and the screen", async ({ browser, request }, testInfo) => {
  test.setTimeout(180_000);
  const res = await request.post("/api/workshops", { data: { title: TITLE, teams: TEAMS } });
  expect(res.status()).toBe(201);
  const created = (await res.json()) as CreatedWorkshop;

  const facilitator = await laptop(browser);
  await facilitator.goto(new URL(created.facilitatorUrl).pathname + new URL(created.facilitatorUrl).hash);
  const screen = await projector(browser);
  await screen.goto(`/s/${created.code}`);
  const narrow = await phone(browser, "Galaxy S8");
  await narrow.goto(`/w/${created.code}`);

  // Joining: the twelve teams as choices, the last one with its long Norwegian name.
  await narrow.getByLabel("Your name").fill("Åsmund Bjørnstad-Vanderhoeven");
  await narrow.getByRole("radio", { name: TEAMS[11], exact: true }).check();
  await fitsItsWidth(narrow, "the phone's join form");
  await narrow.getByRole("button", { name: "Join", exact: true }).click();
  await expect(narrow.getByText("Åsmund Bjørnstad-Vanderhoeven").first()).toBeVisible();
  const all = { phone: narrow, console: facilitator, screen };
  const check = async (phase: string) => {
    for (const [who, page] of Object.entries(all)) await fitsItsWidth(page, `the ${who} in ${phase}`);
    await shoot(testInfo, `content-${phase}`, all);
  };
  await check("lobby");

  // A card of 500 characters, starting with a word wider than the phone.
  await next(facilitator, "Check-in", [narrow, screen]);
  await next(facilitator, "Changes around us", [narrow, screen]);
  await narrow.getByLabel("Your card").fill(CARD);
  await narrow.getByRole("button", { name: "Post", exact: true }).click();
  await expect(screen.getByText(CARD.slice(0, 40)).first()).toBeVisible();
  await check("changes");

  // Many groups with long titles on the brainstorm board.
  for (const title of ["In their shoes", "The mirror", "Us and them", "Our combined strength", "Brainstorm"]) {
    await facilitator.getByRole("navigation", { name: "Agenda" }).getByRole("button", { name: "Next", exact: true }).click();
    await expect(phaseHeading(facilitator, title)).toBeVisible();
  }
  await expect(phaseHeading(narrow, "Brainstorm")).toBeVisible();
  await narrow.getByLabel("Your idea").fill(CARD);
  await narrow.getByRole("button", { name: "Post", exact: true }).click();
  for (const title of GROUPS) {
    await facilitator.getByLabel("New group", { exact: true }).fill(title);
    await facilitator.getByRole("button", { name: "Create", exact: true }).click();
    await expect(facilitator.getByRole("region", { name: `Group ${title}` })).toBeVisible();
  }
  await check("brainstorm");
});
