import { expect, test } from "@playwright/test";
import { join, phaseHeading, phone, shoot } from "./support/room";

/**
 * The facilitator adapts the day: from "Turn the pyramid upside down" they add a phase, rename
 * it, move it up, change its time box and add a team; a 360 px phone that joined before sees the
 * new phase live, and one arriving later joins the new team. The agenda saved as a file then starts another workshop on the home page.
 */
test("the facilitator edits the agenda and teams live, saves it as a template and starts a new workshop from it", async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const facilitator = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })).newPage();
  await facilitator.goto("/");
  await facilitator.getByLabel("Workshop title").fill("Serving the front line");
  await facilitator.getByRole("radio", { name: /Turn the pyramid upside down/ }).check();
  // The teams follow the template until they are edited.
  await expect(facilitator.getByRole("group", { name: "Teams" }).getByRole("textbox").first()).toHaveValue("Management");
  await shoot(testInfo, "create", { laptop: facilitator });
  await facilitator.getByRole("button", { name: "Create workshop" }).click();
  await expect(facilitator).toHaveURL(/\/f\/[A-Z2-9]{6}#key=/);
  const code = (await facilitator.getByTestId("join-code").innerText()).replace(/\s/g, "");

  // A 360 px phone joins before the agenda changes.
  const narrow = await phone(browser, "Galaxy S8");
  await join(narrow, code, "Ingrid", "Sales");

  await facilitator.getByRole("button", { name: "Edit agenda" }).click();
  const editor = facilitator.getByRole("dialog", { name: "Edit the agenda" });
  await expect(editor).toBeVisible();

  // Add a slide after the check-in: it arrives third, selected, with English first words.
  await editor.getByLabel("After").selectOption({ label: "2. Check-in" });
  await editor.getByLabel("Kind").selectOption({ label: "Slide" });
  await editor.getByRole("button", { name: "Add phase" }).click();
  await expect(editor.getByLabel("Title")).toHaveValue("New slide");
  await editor.getByLabel("Title").fill("Coffee and questions");
  await editor.getByLabel("Time box (minutes)").fill("7");
  await editor.getByRole("button", { name: "Save changes" }).click();
  await expect(editor.getByRole("button", { name: "Edit “Coffee and questions”" })).toBeVisible();
  await editor.getByRole("button", { name: "Move “Coffee and questions” up" }).click();
  await expect(editor.getByRole("listitem").nth(1)).toContainText("Coffee and questions");

  // A refused edit says why beside the field: a team name already taken.
  await editor.getByPlaceholder("New team").fill("sales");
  await editor.getByRole("button", { name: "Add team" }).click();
  await expect(editor.getByRole("alert")).toContainText('There is already a team called "sales"');
  await editor.getByPlaceholder("New team").fill("Legal");
  await editor.getByRole("button", { name: "Add team" }).click();
  await expect(editor.getByLabel("Name of team 5")).toHaveValue("Legal");
  await shoot(testInfo, "editor", { laptop: facilitator });

  // Another 360 px phone arriving now can join the new team.
  const late = await phone(browser, "Galaxy S8");
  await join(late, code, "Lars", "Legal");

  // The saved file: downloaded with the facilitator's key.
  const download = facilitator.waitForEvent("download");
  await editor.getByRole("button", { name: "Save agenda as template" }).click();
  const file = testInfo.outputPath("agenda.json");
  await (await download).saveAs(file);
  await editor.getByRole("button", { name: "Done" }).click();
  await expect(editor).toBeHidden();
  await expect(facilitator.getByRole("navigation", { name: "Agenda" }).getByRole("listitem").nth(1)).toContainText("Coffee and questions");

  // The room moves to the new phase: the phone shows its title.
  await facilitator.getByRole("navigation", { name: "Agenda" }).getByRole("button", { name: "Next", exact: true }).click();
  for (const page of [narrow, late]) await expect(phaseHeading(page, "Coffee and questions")).toBeVisible();
  await shoot(testInfo, "phone", { phone: narrow });

  // A new workshop from the saved file; a file that is not an agenda is refused with the reason first.
  await facilitator.goto("/");
  const fileField = facilitator.getByLabel("Or load a saved agenda (.json)");
  await fileField.setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"title":"Notes"}') });
  await expect(facilitator.getByRole("alert").filter({ hasText: "This file is not an Onside agenda" })).toBeVisible();
  await fileField.setInputFiles(file);
  await expect(facilitator.getByRole("status").filter({ hasText: "Loaded “Serving the front line”: 10 phases" })).toBeVisible();
  await facilitator.getByLabel("Workshop title").fill("Serving the front line, again");
  await facilitator.getByRole("button", { name: "Create workshop" }).click();
  await expect(facilitator).toHaveURL(/\/f\/[A-Z2-9]{6}#key=/);
  const again = facilitator.getByRole("navigation", { name: "Agenda" }).getByRole("listitem");
  await expect(again.nth(1)).toContainText("Coffee and questions");
  await expect(again).toHaveCount(10);
});
