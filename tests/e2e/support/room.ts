import { devices, expect, type Browser, type Locator, type Page, type TestInfo } from "@playwright/test";

/**
 * A whole room for the browser tests: a facilitator's laptop, the projector and phones, each its
 * own browser context (its own storage, so its own person), and the moves every phase repeats.
 */

export type Device = "Pixel 7" | "iPhone 13" | "Galaxy S8" | "Moto G4";

export async function phone(browser: Browser, device: Device): Promise<Page> {
  // The descriptor's browser type would ask for WebKit on iPhones; the machine has Chromium only.
  const { defaultBrowserType: _webkitOrChromium, ...descriptor } = devices[device];
  const context = await browser.newContext(descriptor);
  return context.newPage();
}

export async function laptop(browser: Browser): Promise<Page> {
  return (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
}

export async function projector(browser: Browser): Promise<Page> {
  return (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
}

/** Creates a workshop with exactly these teams (the form starts with the five default ones). */
export async function createWorkshop(page: Page, title: string, teams: readonly string[]): Promise<string> {
  await page.goto("/");
  await page.getByLabel("Workshop title").fill(title);
  const inputs = page.getByRole("group", { name: "Teams" }).getByRole("textbox");
  while ((await inputs.count()) > teams.length) {
    await page.getByRole("button", { name: /^Remove team / }).last().click();
  }
  for (const [i, name] of teams.entries()) await inputs.nth(i).fill(name);
  await page.getByRole("button", { name: "Create workshop" }).click();
  await expect(page).toHaveURL(/\/f\/[A-Z2-9]{6}#key=/);
  return (await page.getByTestId("join-code").innerText()).replace(/\s/g, "");
}

export async function join(page: Page, code: string, name: string, team: string): Promise<void> {
  await page.goto(`/w/${code}`);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("radio", { name: team, exact: true }).check();
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
}

/** The phase title as every device shows it: the phones', the screen's and the console's heading. */
export const phaseHeading = (page: Page, title: string): Locator => page.getByRole("heading", { name: title, exact: true }).first();

/** The facilitator presses Next; everyone follows to `title`. */
export async function next(facilitator: Page, title: string, everyone: readonly Page[]): Promise<void> {
  await facilitator.getByRole("navigation", { name: "Agenda" }).getByRole("button", { name: "Next", exact: true }).click();
  for (const page of [facilitator, ...everyone]) await expect(phaseHeading(page, title)).toBeVisible();
}

/**
 * One screenshot per device for a phase, as test artifacts (test-results/, not committed). At CSS
 * pixels: at a phone's own (2.6× on a Pixel 7) each took ~1 s here, five times as long, and shows
 * a person looking at it nothing more.
 */
export async function shoot(testInfo: TestInfo, phase: string, pages: Record<string, Page>): Promise<void> {
  await Promise.all(
    Object.entries(pages).map(([who, page]) => page.screenshot({ path: testInfo.outputPath(`${phase}-${who}.png`), fullPage: true, scale: "css" })),
  );
}

/** Checks that none of `texts` is on any of `pages`. */
export async function nowhere(pages: readonly Page[], texts: readonly string[]): Promise<void> {
  for (const page of pages) {
    for (const text of texts) await expect(page.getByText(text)).toHaveCount(0);
  }
}
