import { expect, type Page } from "@playwright/test";
import { next, phaseHeading } from "../support/room";
import type { Room } from "./room";

/** The workshop's opening: the lobby, the check-in's pulse and the changes around us. */

/** The lobby: everyone who joined counted on the screen, the console and the phones. */
export async function lobby({ facilitator, screen, cy, shots }: Room): Promise<void> {
  await expect(screen.getByText(/4\s+people have joined/)).toBeVisible();
  await expect(facilitator.getByText("4 people have joined.")).toBeVisible();
  await expect(facilitator.getByRole("region", { name: "Sales" }).getByText("Dagny")).toBeVisible();
  await expect(facilitator.getByRole("region", { name: "IT" }).getByText("Bo")).toBeVisible();
  await expect(cy.getByText("4 people have joined so far.")).toBeVisible();
  await shots("01-lobby");
}

/** Check-in: the pulse, with the timer, a lock and "I'm done". */
export async function checkIn({ facilitator, screen, ann, bo, cy, phones, room, shots }: Room): Promise<void> {
  await next(facilitator, "Check-in", room);
  const timer = facilitator.getByRole("region", { name: "Timer" });
  await timer.getByRole("button", { name: "Start timer" }).click();
  await timer.getByRole("button", { name: "+1 minute" }).click();
  // 3 minutes planned, one more added: everyone counts down from four (a slow run has spent a few seconds).
  for (const page of [ann, screen, facilitator]) {
    await expect(page.getByRole("timer")).toHaveAccessibleName(/^Time left: 3 minutes [2-5]\d seconds$/);
  }
  await expect(ann.getByRole("timer")).toHaveText(/^3:[2-5]\d$/);

  await facilitator.getByRole("button", { name: "Lock input" }).click();
  for (const page of phones) await expect(page.getByText("Input is locked")).toBeVisible();
  await expect(bo.getByRole("button", { name: "2 a little" }).first()).toBeDisabled();
  await facilitator.getByRole("button", { name: "Unlock input" }).click();
  await expect(bo.getByText("Input is locked")).toHaveCount(0);
  await expect(bo.getByRole("button", { name: "2 a little" }).first()).toBeEnabled();

  for (const page of phones) await answerPulse(page, 2, 3);
  const q1 = facilitator.getByRole("region", { name: "How well do the other teams understand our work?" });
  await expect(q1.getByText("4 of 4")).toBeVisible();
  await expect(q1.getByText(/average\s+2\.0/)).toBeVisible();
  await expect(screen.getByRole("region", { name: "How well do I understand the work of the other teams?" })).toContainText(
    /Average 3\.0\s*· 4 answers/,
  );

  await cy.getByRole("button", { name: "I'm done" }).click();
  await expect(cy.getByText("The facilitator sees you are done.")).toBeVisible();
  await expect(facilitator.getByRole("region", { name: "Who is done" })).toContainText("1 of 4 done");
  await expect(facilitator.getByRole("heading", { name: /Participants/ })).toContainText("1 done");
  await shots("02-check-in");
}

/** Changes around us: cards live everywhere, the spotlight, a phone that reloads. */
export async function changes({ facilitator, screen, ann, bo, cy, dagny, phones, room, shots }: Room): Promise<void> {
  await next(facilitator, "Changes around us", room);
  const cards: [Page, string][] = [
    [ann, "New audit rules from January"],
    [bo, "Customers expect an answer within a day"],
    [cy, "Stricter invoice checks by the auditors"],
  ];
  for (const [page, text] of cards) {
    await page.getByLabel("Your card").fill(text);
    await page.getByRole("button", { name: "Post" }).click();
  }
  for (const [, text] of cards) {
    for (const page of [...phones, screen, facilitator]) await expect(page.getByTestId("card").filter({ hasText: text })).toBeVisible();
  }
  await expect(dagny.getByRole("region", { name: "Finance cards" })).toContainText("Stricter invoice checks");

  await facilitator.getByTestId("card").filter({ hasText: "Customers expect" }).getByRole("button", { name: "Spotlight" }).click();
  for (const page of [ann, cy, screen]) {
    await expect(page.getByTestId("spotlight")).toContainText("Customers expect an answer within a day");
    await expect(page.getByTestId("spotlight")).toContainText("Bo · IT");
  }
  await expect(bo.getByTestId("spotlight")).toContainText("You · IT");
  await shots("03-changes-spotlight");
  await facilitator.getByRole("button", { name: "Clear spotlight" }).click();
  for (const page of [ann, screen]) await expect(page.getByTestId("spotlight")).toHaveCount(0);

  // Cy starts a card, then the phone reloads: the same person comes back, draft and all.
  await cy.getByLabel("Your card").fill("Half a thought about invoicing");
  await cy.reload();
  await expect(phaseHeading(cy, "Changes around us")).toBeVisible();
  await expect(cy.getByLabel("Your name")).toHaveCount(0);
  await expect(cy.getByRole("banner")).toContainText("Cy · Finance");
  await expect(cy.getByLabel("Your card")).toHaveValue("Half a thought about invoicing");
  await expect(cy.getByTestId("connection")).toHaveAttribute("data-state", "online");
  await expect(cy.getByTestId("card").filter({ hasText: "Stricter invoice checks" })).toBeVisible();
  await expect(facilitator.getByRole("heading", { name: /Participants/ })).toContainText("4 joined, 4 online");

  // Two cards about the auditors: the facilitator merges Cy's into Ann's. Ann may still edit hers,
  // but not delete it: the card merged into it would be left pointing at nothing.
  const cysCard = facilitator.getByTestId("card").filter({ hasText: "Stricter invoice checks" });
  await cysCard.getByRole("button", { name: "Merge into…" }).click();
  await cysCard.getByLabel("Merge this card into").selectOption({ label: "New audit rules from January · Ann" });
  const annsCard = ann.getByTestId("card").filter({ hasText: "New audit rules from January" });
  await expect(annsCard).toContainText("+1 merged");
  await expect(annsCard.getByRole("button", { name: "Edit" })).toBeVisible();
  await expect(annsCard.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await shots("04-changes");
}
/** Both pulse questions on a phone, and the phone says it has them. */
export async function answerPulse(page: Page, first: number, second: number): Promise<void> {
  for (const [n, value] of [
    [1, first],
    [2, second],
  ] as const) {
    const question = page.getByRole("group", { name: new RegExp(`^Question ${n}:`) });
    const choice = question.getByRole("button", { name: new RegExp(`^${value} `) });
    await choice.click();
    await expect(choice).toHaveAttribute("aria-pressed", "true");
  }
  await expect(page.getByText("Thank you. You can change an answer")).toBeVisible();
}
