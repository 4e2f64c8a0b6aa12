import { expect, test } from "@playwright/test";
import { expectAccessible, expectTapTargets } from "./support/axe";
import { createWorkshop, join, laptop, phaseHeading, phone, projector } from "./support/room";

/**
 * The pages the whole-day test does not pass through, checked with axe (WCAG 2.2 AA), and the
 * console run with the keyboard alone. workshop.spec.ts checks every phase on every device.
 */

test("the start page, the join form, the lobby and the report pass axe on a phone and a laptop", async ({ browser }) => {
  // Axe reads each page whole; on a busy 2-core machine that takes a while. Only a hang stops it.
  test.setTimeout(240_000);
  const facilitator = await laptop(browser);
  await facilitator.goto("/");
  await expectAccessible(facilitator, "start page, laptop");
  const code = await createWorkshop(facilitator, "Axe check", ["Sales", "Finance"]);
  await expectAccessible(facilitator, "console in the lobby");

  const screen = await projector(browser);
  await screen.goto(`/s/${code}`);
  await expect(screen.getByText(code.split("").join(" ")).or(screen.getByText(code)).first()).toBeVisible();
  await expectAccessible(screen, "room screen in the lobby");

  const mia = await phone(browser, "Galaxy S8");
  await mia.goto("/");
  await expectAccessible(mia, "start page, phone");
  await expectTapTargets(mia, "start page, phone");
  await mia.goto(`/w/${code}`);
  await expect(mia.getByLabel("Your name")).toBeVisible();
  await expectAccessible(mia, "join form, phone");
  await expectTapTargets(mia, "join form, phone");
  await join(mia, code, "Mia", "Sales");
  await expectAccessible(mia, "lobby, phone");
  await expectTapTargets(mia, "lobby, phone");

  await mia.goto(`/w/NOPE23`);
  await expect(mia.getByRole("heading").first()).toBeVisible();
  await expectAccessible(mia, "a workshop that does not exist, phone");

  await facilitator.goto(`/r/${code}`);
  await expect(facilitator.getByRole("heading").first()).toBeVisible();
  await expectAccessible(facilitator, "report, laptop");
});

test("a facilitator runs the console with the keyboard alone", async ({ browser }) => {
  const facilitator = await laptop(browser);
  const code = await createWorkshop(facilitator, "Keyboard only", ["Sales", "IT"]);
  const mia = await phone(browser, "Pixel 7");
  await join(mia, code, "Mia", "IT");

  // Tab from the top of the page to the agenda's Next, as someone without a mouse would.
  await facilitator.locator("body").focus();
  const nextButton = facilitator.getByRole("navigation", { name: "Agenda" }).getByRole("button", { name: "Next", exact: true });
  for (let presses = 0; presses < 60 && !(await nextButton.evaluate((el) => el === document.activeElement)); presses++) {
    await facilitator.keyboard.press("Tab");
  }
  await expect(nextButton).toBeFocused();
  // The focused control shows it: an outline a sighted keyboard user can follow.
  const outline = await nextButton.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await facilitator.keyboard.press("Enter");
  await expect(phaseHeading(mia, "Check-in")).toBeVisible();
  await expect(phaseHeading(facilitator, "Check-in")).toBeVisible();
  // The facilitator stays on Next, to press it again; the phone, whose join form is gone, starts
  // at the new phase's title.
  await expect(nextButton).toBeFocused();
  await expect(phaseHeading(mia, "Check-in")).toBeFocused();
});
