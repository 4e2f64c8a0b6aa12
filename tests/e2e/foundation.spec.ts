import { devices, expect, test, type Browser, type Page } from "@playwright/test";

/**
 * The foundation as people use it: a facilitator creates a workshop on a laptop, the room screen
 * shows the code, two phones join (one by typing the code, one through the QR link), cards appear
 * live everywhere, and a reloaded phone finds the same state and its unsent text.
 */

async function phone(browser: Browser, device: "Pixel 7" | "iPhone 13"): Promise<Page> {
  const { defaultBrowserType: _webkitOrChromium, ...descriptor } = devices[device];
  const context = await browser.newContext(descriptor);
  return context.newPage();
}

async function join(page: Page, name: string, team: string): Promise<void> {
  await page.getByLabel("Your name").fill(name);
  await page.getByText(team, { exact: true }).click();
  await page.getByRole("button", { name: "Join", exact: true }).click();
}

const cards = (page: Page) => page.getByTestId("card");

test("create, join by code and by link, post live, moderate, reload", async ({ browser }, testInfo) => {
  const shot = (page: Page, name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true, scale: "css" });

  // The facilitator creates the workshop on a laptop.
  const laptop = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await laptop.goto("/");
  await laptop.getByLabel("Workshop title").fill("Kick-off Q1");
  await laptop.getByRole("button", { name: "Create workshop" }).click();
  await expect(laptop).toHaveURL(/\/f\/[A-Z2-9]{6}#key=/);
  const code = (await laptop.getByTestId("join-code").innerText()).replace(/\s/g, "");
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
  await expect(laptop.getByRole("img", { name: /QR code/i })).toBeVisible();

  // The room screen shows the code and the QR code in the lobby.
  const screen = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  await screen.goto(`/s/${code}`);
  await expect(screen.getByTestId("join-code")).toHaveText(new RegExp(code.split("").join("\\s*")));
  await expect(screen.getByRole("img", { name: /QR code/i })).toBeVisible();

  // One phone types the code (in lower case), the other opens the QR code's link.
  const ann = await phone(browser, "Pixel 7");
  await ann.goto("/");
  await ann.getByLabel("Workshop code").fill(code.toLowerCase());
  await ann.getByRole("button", { name: "Join", exact: true }).click();
  await expect(ann.getByText("Kick-off Q1").first()).toBeVisible();
  await shot(ann, "phone-join");
  await join(ann, "Ann", "Sales");

  const bo = await phone(browser, "iPhone 13");
  await bo.goto(`/w/${code}`);
  await join(bo, "Bo", "IT");
  await expect(bo.getByText(/waiting/i).first()).toBeVisible();

  // The console lists them per team, online.
  await expect(laptop.getByRole("region", { name: "Sales" }).getByText("Ann")).toBeVisible();
  await expect(laptop.getByRole("region", { name: "IT" }).getByText("Bo")).toBeVisible();
  await shot(laptop, "console-lobby");
  await shot(screen, "screen-lobby");

  // The facilitator jumps to "Changes around us" on the agenda; every phone follows.
  await laptop.getByRole("navigation", { name: "Agenda" }).getByRole("button", { name: /Changes around us/ }).click();
  for (const page of [ann, bo, screen]) {
    await expect(page.getByRole("heading", { name: "Changes around us" }).first()).toBeVisible();
  }

  // Ann posts; Bo, the screen and the console see it live, tagged with her team.
  await ann.getByLabel("Your card").fill("New audit rules from January");
  await ann.getByRole("button", { name: "Post" }).click();
  for (const page of [bo, screen, laptop]) {
    await expect(cards(page).filter({ hasText: "New audit rules from January" })).toBeVisible();
  }
  await expect(bo.getByRole("region", { name: "Sales cards" }).getByText("New audit rules from January")).toBeVisible();
  await shot(ann, "phone-cards");
  await shot(screen, "screen-cards");

  // Ann corrects her card; everyone sees the new text.
  await cards(ann).filter({ hasText: "New audit rules" }).getByRole("button", { name: "Edit" }).click();
  await ann.getByLabel("Edit your card").fill("New audit rules from March");
  await ann.getByRole("button", { name: "Save" }).click();
  await expect(cards(bo).filter({ hasText: "New audit rules from March" })).toBeVisible();
  await expect(cards(screen).filter({ hasText: "New audit rules from March" })).toBeVisible();

  // Bo posts and deletes a card of his own.
  await bo.getByLabel("Your card").fill("Oops, wrong phase");
  await bo.getByRole("button", { name: "Post" }).click();
  await expect(cards(ann).filter({ hasText: "Oops, wrong phase" })).toBeVisible();
  await cards(bo).filter({ hasText: "Oops" }).getByRole("button", { name: "Delete" }).click();
  await bo.getByRole("group", { name: "Confirm delete" }).getByRole("button", { name: /delete/i }).click();
  await expect(cards(ann).filter({ hasText: "Oops, wrong phase" })).toHaveCount(0);

  // Bo starts a card, then his phone reloads: same person, same phase, same cards, same draft.
  await bo.getByLabel("Your card").fill("Half a thought about invoicing");
  await bo.reload();
  await expect(bo.getByRole("heading", { name: "Changes around us" }).first()).toBeVisible();
  await expect(bo.getByLabel("Your name")).toHaveCount(0);
  await expect(cards(bo).filter({ hasText: "New audit rules from March" })).toBeVisible();
  await expect(bo.getByLabel("Your card")).toHaveValue("Half a thought about invoicing");
  await expect(bo.getByTestId("connection")).toHaveAttribute("data-state", "online");

  // The facilitator hides Ann's card: it leaves the phones and the screen, not the console.
  await cards(laptop).filter({ hasText: "New audit rules from March" }).getByRole("button", { name: "Hide" }).click();
  await expect(cards(bo).filter({ hasText: "New audit rules" })).toHaveCount(0);
  await expect(cards(screen).filter({ hasText: "New audit rules" })).toHaveCount(0);
  await expect(cards(laptop).filter({ hasText: "New audit rules from March" })).toBeVisible();
  await shot(laptop, "console-cards");
  await shot(bo, "phone-after-reload");
});

test("a mistyped code gets a clear message, and an unknown one a friendly page", async ({ browser }) => {
  const page = await phone(browser, "Pixel 7");
  await page.goto("/");
  await page.getByLabel("Workshop code").fill("O0O0");
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await expect(page.getByText(/is not a workshop code/)).toBeVisible();
  await page.goto("/w/ZZZZZZ");
  await expect(page.getByText(/No workshop/i).first()).toBeVisible();
});

test("a wrong facilitator link says so instead of showing a console", async ({ browser, request }) => {
  const created = await (await request.post("/api/workshops", { data: { title: "Private", teams: ["Sales", "IT"] } })).json();
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/f/${created.code}#key=not-the-key-at-all-sorry`);
  await expect(page.getByText(/not valid/i).first()).toBeVisible();
  await expect(page.getByTestId("join-code")).toHaveCount(0);
});
