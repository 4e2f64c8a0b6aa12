import { expect, test } from "@playwright/test";
import { createWorkshop, phone, shoot } from "./support/room";

/**
 * A 360 px phone waits on the join form while the facilitator edits the teams and the workshop's
 * language in the console: the form follows without a reload, a removed team's pick goes, and the
 * team that appeared can be joined.
 */
test("a phone on the join form sees the teams change live and joins a team added after it opened", async ({ browser }, testInfo) => {
  const facilitator = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const code = await createWorkshop(facilitator, "Team day", ["Sales", "IT", "Finance"]);

  const narrow = await phone(browser, "Galaxy S8");
  await narrow.goto(`/w/${code}`);
  await narrow.getByLabel("Your name").fill("Lars");
  await narrow.getByRole("radio", { name: "Finance", exact: true }).check();
  // Marks this page: a reload would lose it.
  await narrow.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

  await facilitator.getByRole("button", { name: "Edit agenda" }).click();
  const editor = facilitator.getByRole("dialog", { name: "Edit the agenda" });

  // The team the phone had picked goes: so does the pick.
  await editor.getByRole("button", { name: "Remove team “Finance”" }).click();
  await expect(narrow.getByRole("radio", { name: "Finance", exact: true })).toHaveCount(0);
  await expect(narrow.getByRole("radio")).toHaveCount(2);

  // A new team appears on the phone, not picked (even if it is given the removed team's id).
  await editor.getByPlaceholder("New team").fill("Legal and compliance");
  await editor.getByRole("button", { name: "Add team" }).click();
  await expect(editor.getByLabel("Name of team 3")).toHaveValue("Legal and compliance");
  await expect(narrow.getByRole("radio", { name: "Legal and compliance", exact: true })).toBeVisible();
  await expect(narrow.getByRole("radio", { checked: true })).toHaveCount(0);

  // A renamed team keeps the phone's pick.
  await narrow.getByRole("radio", { name: "IT", exact: true }).check();
  await editor.getByLabel("Name of team 2").fill("Tech");
  await editor.getByRole("listitem").filter({ has: facilitator.getByLabel("Name of team 2") }).getByRole("button", { name: "Rename" }).click();
  await expect(narrow.getByRole("radio", { name: "Tech", exact: true })).toBeChecked();
  await expect(narrow.getByRole("radio", { name: "IT", exact: true })).toHaveCount(0);

  // Join asks for a team when the picked one went.
  await editor.getByRole("button", { name: "Remove team “Tech”" }).click();
  await expect(narrow.getByRole("radio")).toHaveCount(2);
  await narrow.getByRole("button", { name: "Join", exact: true }).click();
  await expect(narrow.getByText("Pick the team you work in.")).toBeVisible();
  expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shoot(testInfo, "join-form", { phone: narrow, laptop: facilitator });

  // Joining the team that appeared after the page opened, still without a reload.
  await narrow.getByRole("radio", { name: "Legal and compliance", exact: true }).check();
  await narrow.getByRole("button", { name: "Join", exact: true }).click();
  await expect(narrow.getByText("Lars", { exact: true }).first()).toBeVisible();
  await expect(narrow.getByText("Legal and compliance").first()).toBeVisible();
  expect(await narrow.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);

  // Another phone on the join form hears the workshop's language change: the form speaks Dutch.
  const late = await phone(browser, "Galaxy S8");
  await late.goto(`/w/${code}`);
  await expect(late.getByRole("heading", { name: "Join this workshop" })).toBeVisible();
  await editor.getByLabel("Language of the workshop").selectOption({ label: "Nederlands" });
  await expect(late.getByRole("heading", { name: "Doe mee aan deze workshop" })).toBeVisible();
  await late.getByLabel("Je naam").fill("Mia");
  await late.getByRole("radio", { name: "Sales", exact: true }).check();
  await late.getByRole("button", { name: "Meedoen", exact: true }).click();
  await expect(late.getByText("Mia", { exact: true }).first()).toBeVisible();
});
