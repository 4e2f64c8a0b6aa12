import { expect, type Page } from "@playwright/test";
import { next, nowhere } from "../support/room";
import type { Room } from "./room";

/** The perspective phases: private writing in another team's shoes, the mirror, us and them, our combined strength. */

const shoes = {
  ann: { as: "Knows every regulation by heart", own: "We hear the customer first" },
  bo: { as: "Keeps customers for years", own: "We keep every system running" },
  cy: { as: "Fixes problems under pressure", own: "We protect the margins" },
  dagny: { as: "Sees risks before anyone else", own: "We close deals fast" },
};

/** In their shoes: private writing until the reveal. */
export async function inTheirShoes({ facilitator, screen, ann, bo, cy, dagny, phones, room, shots }: Room): Promise<void> {
  await next(facilitator, "In their shoes", room);
  const writers: [Page, { as: string; own: string }][] = [
    [ann, shoes.ann],
    [bo, shoes.bo],
    [cy, shoes.cy],
    [dagny, shoes.dagny],
  ];
  for (const [page, text] of writers) {
    const tabs = page.getByRole("navigation", { name: "Tasks" });
    const given = ((await tabs.getByRole("link", { name: /^As / }).innerText()).replace(/^As /, "")).trim();
    await expect(page.getByRole("heading", { name: `In the shoes of ${given}` })).toBeVisible();
    await page.getByLabel(`Your card as ${given}`).fill(text.as);
    await page.getByRole("button", { name: "Post as a strength" }).click();
    await expect(page.getByTestId("card").filter({ hasText: text.as })).toBeVisible();
    await tabs.getByRole("link", { name: "Our team" }).click();
    await page.getByLabel(/^Your card about .*, your own team$/).fill(text.own);
    await page.getByRole("button", { name: "Post as a strength" }).click();
    await expect(page.getByTestId("card").filter({ hasText: text.own })).toBeVisible();
  }
  // A challenge too, so the mirror has both columns.
  await bo.getByRole("navigation", { name: "Tasks" }).getByRole("link", { name: /^As / }).click();
  await bo.getByRole("button", { name: "Challenges", exact: true }).click();
  await bo.getByLabel(/^Your card as /).fill("Too many last-minute requests");
  await bo.getByRole("button", { name: "Post as a challenge" }).click();
  await expect(bo.getByTestId("card").filter({ hasText: "Too many last-minute requests" })).toBeVisible();

  // The server has every card (the facilitator may peek on the laptop) …
  await facilitator.getByRole("button", { name: /Show the cards here/ }).click();
  for (const text of [...Object.values(shoes).flatMap((t) => [t.as, t.own]), "Too many last-minute requests"]) {
    await expect(facilitator.getByTestId("card").filter({ hasText: text })).toBeVisible();
  }
  await facilitator.getByRole("button", { name: "Fold the cards away" }).click();
  // … yet nobody else holds anyone's cards before the reveal: not the other phones, not the screen.
  await nowhere([bo, cy, dagny, screen], [shoes.ann.as, shoes.ann.own]);
  await nowhere([ann, screen], [shoes.bo.as, shoes.cy.own, "Too many last-minute requests"]);
  await expect(screen.getByText(/Writing in private until the reveal/)).toBeVisible();
  await expect(facilitator.getByRole("table", { name: "Who writes as which team" })).toContainText("Ann");
  await shots("05-shoes-private");

  await facilitator.getByRole("button", { name: "Reveal", exact: true }).click();
  await facilitator.getByRole("group", { name: "Confirm reveal" }).getByRole("button", { name: "Reveal" }).click();
  for (const page of phones) await page.getByRole("navigation", { name: "Tasks" }).getByRole("link", { name: "All cards" }).click();
  for (const text of [shoes.ann.as, shoes.bo.own, shoes.cy.as, shoes.dagny.own, "Too many last-minute requests"]) {
    for (const page of [ann, bo, cy, dagny, screen]) await expect(page.getByText(text).first()).toBeVisible();
  }
  await shots("06-shoes-revealed");
}

/** The mirror: the facilitator steps through the teams; phones react. */
export async function mirror({ facilitator, screen, ann, bo, cy, dagny, phones, room, shots }: Room): Promise<void> {
  await next(facilitator, "The mirror", room);
  // The team on show names the phone's section: "Sales", or "Sales (your team)".
  const onShow = (page: Page) => page.getByRole("region", { name: /^(Sales|Finance|IT)\b/ });
  for (const page of [bo, cy]) await expect(onShow(page)).toHaveAccessibleName("Sales");
  for (const page of [ann, dagny]) await expect(onShow(page)).toHaveAccessibleName(/^Sales\s*\(your team\)$/);
  await expect(screen.getByText("team 1 of 3")).toBeVisible();
  const ownSales = (page: Page) => page.getByTestId("card").filter({ hasText: shoes.ann.own });
  await ownSales(bo).getByRole("button", { name: /Recognised/ }).click();
  await ownSales(cy).getByRole("button", { name: /Recognised/ }).click();
  await ownSales(dagny).getByRole("button", { name: /Surprised/ }).click();
  await expect(ownSales(facilitator)).toContainText("2 recognised");
  await expect(ownSales(facilitator)).toContainText("1 surprised");
  await expect(ownSales(screen)).toContainText("2 recognised");
  await expect(ownSales(ann).getByRole("button", { name: /Recognised/ })).toContainText("2");
  await shots("07-mirror");

  const stepper = facilitator.getByRole("navigation", { name: "Team on show" });
  await stepper.getByRole("button", { name: /Finance/ }).click();
  for (const page of phones) await expect(onShow(page)).toHaveAccessibleName(/^Finance/);
  await expect(screen.getByText("team 2 of 3")).toBeVisible();
  await stepper.getByRole("button", { name: /IT/ }).last().click();
  for (const page of [ann, cy, dagny]) await expect(onShow(page)).toHaveAccessibleName("IT");
  await expect(onShow(bo)).toHaveAccessibleName(/^IT\s*\(your team\)$/);
  await expect(screen.getByText("team 3 of 3")).toBeVisible();
  await expect(screen.getByText(shoes.bo.own)).toBeVisible();
}

/** Us and them: an anonymous belief, the reply of the team concerned, votes. */
export async function usAndThem({ facilitator, screen, ann, bo, cy, dagny, room, shots }: Room): Promise<void> {
  await next(facilitator, "Us and them", room);
  const belief = "IT never tells us why a release slips";
  await dagny.getByLabel("About which team?").selectOption({ label: "IT" });
  await dagny.getByRole("radio", { name: /Change not explained/ }).check();
  await dagny.getByLabel("The belief, as people say it").fill(belief);
  await dagny.getByRole("button", { name: "Post anonymously" }).click();
  for (const page of [ann, bo, cy, screen, facilitator]) await expect(page.getByText(belief)).toBeVisible();
  // Her name goes with nothing she posts here: not on the other phones, not on the screen.
  for (const page of [ann, bo, cy, screen]) await expect(page.locator("body")).not.toContainText("Dagny");
  await expect(facilitator.getByTestId("belief")).not.toContainText("Dagny");

  // Only IT may say what is behind a belief about IT.
  await expect(ann.getByRole("button", { name: /^Reply for/ })).toHaveCount(0);
  await bo.getByRole("button", { name: "Reply for IT" }).click();
  await bo.getByLabel("Reply for IT").fill("Every release waits for the security audit");
  await bo.getByRole("button", { name: "Send reply" }).click();
  for (const page of [ann, cy, dagny, screen, facilitator]) {
    await expect(page.getByText("IT replies")).toBeVisible();
    await expect(page.getByText("Every release waits for the security audit")).toBeVisible();
  }

  const votes: [Page, RegExp][] = [
    [ann, /^Agree/],
    [bo, /^Disagree/],
    [cy, /^Partly/],
    [dagny, /^Agree/],
  ];
  for (const [page, vote] of votes) {
    await page.getByTestId("belief").getByRole("group", { name: "Your vote" }).getByRole("button", { name: vote }).click();
    await expect(page.getByTestId("belief").getByRole("button", { name: vote })).toHaveAttribute("aria-pressed", "true");
  }
  await expect(facilitator.getByTestId("belief")).toContainText("4 votes");
  await expect(screen.getByText("4 votes")).toBeVisible();
  await expect(ann.getByTestId("belief").getByRole("button", { name: /^Agree/ })).toContainText("2");
  await shots("08-beliefs");
}

/** Our combined strength. */
export async function combinedStrength({ facilitator, screen, room, shots, everyoneSees }: Room): Promise<void> {
  await next(facilitator, "Our combined strength", room);
  for (const text of [shoes.ann.as, shoes.bo.own, shoes.cy.own, shoes.dagny.as]) await everyoneSees([...room, facilitator], text);
  await expect(screen.getByText("Too many last-minute requests")).toHaveCount(0);
  await shots("09-strengths");
}
