import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import type { CreatedWorkshop } from "@/lib/protocol";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import { laptop, next } from "./support/room";

/**
 * Each person's language: the start page and the phone follow the browser's language, the
 * workshop's default language reaches phones set to another one, and a person's own pick wins,
 * switching the page in place without losing what they were typing.
 */

const DRAFT = "Klanten horen wijzigingen pas als het te laat is";

async function dutchRoom(request: APIRequestContext): Promise<CreatedWorkshop> {
  const res = await request.post("/api/workshops", {
    data: { title: "Kick-off regio Utrecht", teams: ["Binnendienst", "Klantenservice"], language: "nl" },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as CreatedWorkshop;
}

async function smallPhone(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale, isMobile: true, hasTouch: true });
  return context.newPage();
}

/** The facilitator's console, kept in English by its own pick whatever the room's language. */
async function englishConsole(browser: Browser, created: CreatedWorkshop): Promise<Page> {
  const page = await laptop(browser);
  const url = new URL(created.facilitatorUrl);
  await page.context().addCookies([{ name: "onside-lang", value: "en", url: url.origin }]);
  await page.goto(url.pathname + url.hash);
  return page;
}

test("a Dutch phone gets the start page and the workshop in Dutch, and switches to Norwegian keeping its draft card", async ({ browser, request }, testInfo) => {
  const created = await dutchRoom(request);
  const facilitator = await englishConsole(browser, created);
  const phone = await smallPhone(browser, "nl-NL");

  // The start page, in the browser's language.
  await phone.goto("/");
  await expect(phone.locator("html")).toHaveAttribute("lang", "nl");
  await expect(phone.getByRole("heading", { name: "Meedoen aan een workshop" })).toBeVisible();
  await expect(phone.getByRole("combobox", { name: "Taal", exact: true })).toHaveValue("nl");
  await phone.screenshot({ path: testInfo.outputPath("home-nl.png"), fullPage: true, scale: "css" });

  // Joining by code, in Dutch from the first screen on.
  await phone.getByLabel("Workshopcode").fill(created.code);
  await phone.getByRole("button", { name: "Meedoen", exact: true }).click();
  await expect(phone.getByRole("heading", { name: "Doe mee aan deze workshop" })).toBeVisible();
  await phone.getByLabel("Je naam").fill("Annemiek");
  await phone.getByRole("radio", { name: "Klantenservice", exact: true }).check();
  await phone.getByRole("button", { name: "Meedoen", exact: true }).click();
  await expect(phone.getByText("Je doet mee. Wachten tot de facilitator begint.")).toBeVisible();

  // A cards phase: a draft typed, not posted yet.
  await next(facilitator, "Check-in", [phone]);
  await next(facilitator, "Veranderingen om ons heen", [phone]);
  const draft = phone.getByLabel("Je kaartje");
  await draft.fill(DRAFT);
  await expect(phone.getByRole("button", { name: "Plaatsen", exact: true })).toBeEnabled();
  await phone.screenshot({ path: testInfo.outputPath("phone-nl.png"), fullPage: true, scale: "css" });

  // Her own pick: Norwegian at once, the draft still in its box.
  await phone.getByRole("combobox", { name: "Taal", exact: true }).selectOption("nb");
  await expect(phone.locator("html")).toHaveAttribute("lang", "nb");
  await expect(phone.getByRole("button", { name: "Legg ut", exact: true })).toBeVisible();
  await expect(phone.getByLabel("Lappen din")).toHaveValue(DRAFT);
  await expect(phone.getByRole("combobox", { name: "Språk", exact: true })).toHaveValue("nb");
  await phone.screenshot({ path: testInfo.outputPath("phone-nb.png"), fullPage: true, scale: "css" });

  // Her pick is remembered over the room's Dutch: the start page too is Norwegian now.
  await phone.goto("/");
  await expect(phone.getByRole("heading", { name: "Bli med i en workshop" })).toBeVisible();
  await phone.screenshot({ path: testInfo.outputPath("home-nb.png"), fullPage: true, scale: "css" });
});

test("a phone set to English follows a Dutch workshop's default language, from the join form on", async ({ browser, request }) => {
  const created = await dutchRoom(request);
  const phone = await smallPhone(browser, "en-GB");
  // The room is Dutch: the join form is too, though the phone's browser asks for English.
  await phone.goto(`/w/${created.code}`);
  await expect(phone.locator("html")).toHaveAttribute("lang", "nl");
  await phone.getByLabel("Je naam").fill("Pieter");
  await phone.getByRole("radio", { name: "Binnendienst", exact: true }).check();
  await phone.getByRole("button", { name: "Meedoen", exact: true }).click();
  await expect(phone.getByText("Je doet mee. Wachten tot de facilitator begint.")).toBeVisible();
  // His own pick wins over the room's, and is remembered.
  await phone.getByRole("combobox", { name: "Taal", exact: true }).selectOption("en");
  await expect(phone.getByText("You're in. Waiting for the facilitator to start.")).toBeVisible();
  await phone.reload();
  await expect(phone.getByText("You're in. Waiting for the facilitator to start.")).toBeVisible();
});

test("a Dutch facilitator reads the server's refusals and the agreement form's problems in Dutch", async ({ browser, request }, testInfo) => {
  const { errors, fields } = CATALOGUES.nl;
  const created = await dutchRoom(request);
  const facilitator = await laptop(browser);
  const url = new URL(created.facilitatorUrl);
  await facilitator.context().addCookies([{ name: "onside-lang", value: "nl", url: url.origin }]);
  await facilitator.goto(url.pathname + url.hash);

  // The workshop refuses a second team of that name: the reason travels, the words are Dutch.
  await facilitator.getByRole("button", { name: "Programma aanpassen" }).click();
  const editor = facilitator.getByRole("dialog", { name: "Het programma aanpassen" });
  await editor.getByPlaceholder("Nieuw team").fill("klantenservice");
  await editor.getByRole("button", { name: "Team toevoegen" }).click();
  await expect(editor.getByRole("alert")).toHaveText(errors.teamNameTaken.replace("{name}", "klantenservice"));
  await expect(editor.getByText("There is already a team")).toHaveCount(0);
  await editor.getByRole("button", { name: "Klaar" }).click();

  // An empty agreement: each field's problem beside it, named as the Dutch form names it.
  await facilitator.getByRole("navigation", { name: "Agenda" }).getByRole("button", { name: /Afspraak/ }).first().click();
  await facilitator.getByRole("button", { name: "Afspraak maken" }).click();
  const problems = facilitator.getByRole("alert").filter({ hasText: "moeten nog worden aangepast" });
  await expect(problems).toContainText(errors.missing.replace("{field}", fields.ownerName));
  await expect(problems).toContainText(errors.missing.replace("{field}", fields.what));
  await expect(problems).not.toContainText("is missing");
  await facilitator.screenshot({ path: testInfo.outputPath("agreement-problems-nl.png"), fullPage: true, scale: "css" });
});
