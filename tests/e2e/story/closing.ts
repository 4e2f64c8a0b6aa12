import { expect, type Page } from "@playwright/test";
import { next } from "../support/room";
import { fillAgreement } from "../support/agreements";
import { answerPulse } from "./opening";
import type { Room } from "./room";

/** The closing phases: ideas and votes, agreements, the carry-over, the check-out and the end. */

const IDEAS = {
  top: "One contact person per customer",
  second: "A shared calendar of audits",
  third: "Explain new rules at the monthly meeting",
};

/** Brainstorm: ideas, a group, dot votes within the budget, the ranking. */
export async function brainstorm({ facilitator, screen, ann, bo, cy, dagny, phones, room, shots, everyoneSees }: Room): Promise<void> {
  await next(facilitator, "Brainstorm", room);
  for (const [page, text] of [
    [ann, IDEAS.top],
    [bo, IDEAS.second],
    [cy, IDEAS.third],
  ] as const) {
    await page.getByLabel("Your idea").fill(text);
    await page.getByRole("button", { name: "Post", exact: true }).click();
  }
  for (const text of Object.values(IDEAS)) await everyoneSees([...room, facilitator], text);

  await facilitator.getByLabel("New group", { exact: true }).fill("Customer contact");
  await facilitator.getByRole("button", { name: "Create", exact: true }).click();
  await expect(facilitator.getByRole("region", { name: "Group Customer contact" })).toBeVisible();
  await ann.getByLabel(`Move to group: ${IDEAS.top}`).selectOption({ label: "Customer contact" });
  for (const page of [bo, cy, dagny]) await expect(page.getByRole("region", { name: "Customer contact" })).toContainText(IDEAS.top);
  await expect(screen.getByRole("region", { name: "Customer contact cards" })).toContainText(IDEAS.top);
  await expect(facilitator.getByRole("region", { name: "Group Customer contact" })).toContainText(IDEAS.top);

  await expect(ann.getByRole("status").filter({ hasText: "votes left" })).toContainText("3 votes left of 3");
  const ballots: [Page, string[]][] = [
    [ann, [IDEAS.top, IDEAS.top, IDEAS.second]],
    [bo, [IDEAS.top, IDEAS.second, IDEAS.third]],
    [cy, [IDEAS.top, IDEAS.top, IDEAS.second]],
  ];
  for (const [page, ideas] of ballots) {
    for (const [i, idea] of ideas.entries()) {
      await page.getByRole("group", { name: `Your votes on: ${idea}` }).getByRole("button", { name: "Give a vote" }).click();
      await expect(page.getByRole("status").filter({ hasText: "left" })).toContainText(
        i === 2 ? "No votes left" : `${2 - i} ${i === 1 ? "vote" : "votes"} left`,
      );
    }
  }
  // The budget holds: with none left, no idea takes another vote.
  await expect(ann.getByRole("group", { name: `Your votes on: ${IDEAS.third}` }).getByRole("button", { name: "Give a vote" })).toBeDisabled();
  await expect(ann.getByRole("group", { name: `Your votes on: ${IDEAS.top}` })).toContainText(/2\s*votes/);
  await expect(dagny.getByRole("status").filter({ hasText: "left" })).toContainText("3 votes left");
  await shots("10-brainstorm-voting");

  await facilitator.getByRole("button", { name: "Close the vote" }).click();
  await facilitator.getByRole("group", { name: "Confirm closing the vote" }).getByRole("button", { name: "Close the vote" }).click();
  const order = [new RegExp(`${IDEAS.top}.*5`), new RegExp(`${IDEAS.second}.*3`), new RegExp(`${IDEAS.third}.*1`)];
  for (const page of phones) await expect(page.getByRole("list", { name: "Ideas by votes" }).getByRole("listitem")).toHaveText(order);
  await expect(screen.getByRole("list", { name: "Top ideas" }).getByRole("listitem")).toHaveText(order);
  await expect(facilitator.getByRole("list", { name: "Ideas by votes" }).getByRole("listitem")).toHaveText(order);
  await expect(ann.getByRole("list", { name: "Ideas by votes" }).getByRole("listitem").first()).toContainText("2 of yours");
  await expect(ann.getByRole("list", { name: "Groups by votes" })).toContainText("Customer contact");
  await shots("11-brainstorm-ranking");
}

/** Agreements: from the top idea, every field; the phones say "I'm in". */
export async function agreements({ facilitator, screen, ann, bo, cy, dagny, room, shots }: Room): Promise<void> {
  await next(facilitator, "Agreements", room);
  const picker = facilitator.getByRole("listitem").filter({ hasText: IDEAS.top }).filter({ has: facilitator.getByRole("button", { name: "Make an agreement from this" }) });
  await expect(picker).toContainText("5 dots");
  await picker.getByRole("button", { name: "Make an agreement from this" }).click();
  await expect(facilitator.getByLabel("What we will do")).toHaveValue(IDEAS.top);
  await fillAgreement(facilitator, {
    ownerTeam: "Sales",
    owner: "Ann",
    buddyTeam: "IT",
    buddy: "Bo",
    due: "2027-03-31",
    review: "2027-06-30",
    metric: "Customers with one named contact",
    baseline: "20%",
    target: "90%",
    legal: "Yes",
    note: "Privacy officer checks the contact list",
  });
  const agreement = (page: Page) => page.getByTestId("agreement").filter({ hasText: IDEAS.top });
  for (const page of [...room, facilitator]) {
    await expect(agreement(page)).toContainText("Customers with one named contact");
    await expect(agreement(page)).toContainText("Privacy officer checks the contact list");
  }
  await expect(agreement(cy)).toContainText(/Owner\s*Ann\s*·\s*Sales/);
  await expect(agreement(cy)).toContainText(/Buddy\s*Bo\s*·\s*IT/);
  for (const page of [ann, bo, cy]) {
    await agreement(page).getByRole("button", { name: "I'm in" }).click();
    await expect(agreement(page).getByRole("button", { name: "I'm in" })).toHaveAttribute("aria-pressed", "true");
  }
  await expect(agreement(facilitator)).toContainText("3 people in");
  await expect(agreement(screen)).toContainText("3 people in");
  await expect(agreement(dagny)).toContainText("3 people in");
  await shots("12-agreements");
}

/** The colleagues who weren't here: one carry-over agreement. */
export async function carryOver({ facilitator, screen, dagny, room, shots }: Room): Promise<void> {
  await next(facilitator, "The colleagues who weren't here", room);
  const carry = "Each team runs a 30-minute session for the colleagues who weren't here";
  await facilitator.getByLabel("What we will do").fill(carry);
  await fillAgreement(facilitator, {
    ownerTeam: "Finance",
    owner: "Cy",
    buddyTeam: "Sales",
    buddy: "Dagny",
    due: "2027-02-28",
    review: "2027-04-30",
    metric: "Colleagues briefed",
    baseline: "0",
    target: "40",
    legal: "No",
  });
  for (const page of [...room, facilitator]) await expect(page.getByTestId("agreement").filter({ hasText: carry })).toContainText("Colleagues briefed");
  await dagny.getByTestId("agreement").getByRole("button", { name: "I'm in" }).click();
  await expect(screen.getByTestId("agreement")).toContainText("1 person in");
  await expect(screen.getByTestId("agreement").filter({ hasText: IDEAS.top })).toHaveCount(0);
  await shots("13-carry-over");
}

/** Check-out: the same pulse again; the shift shows. */
export async function checkOut({ facilitator, screen, ann, bo, cy, dagny, room, shots }: Room): Promise<void> {
  await next(facilitator, "Check-out", room);
  await expect(cy.getByText("At the check-in you answered 2.")).toBeVisible();
  // The room moved on together (2.0 → 4.0), though not every team as far.
  for (const [page, first] of [
    [ann, 4],
    [dagny, 3],
    [cy, 5],
    [bo, 4],
  ] as const) {
    await answerPulse(page, first, 4);
  }
  const out1 = facilitator.getByRole("region", { name: "How well do the other teams understand our work?" });
  await expect(out1.getByText("4 of 4")).toBeVisible();
  await expect(out1).toContainText(/2\.0 → 4\.0\s*\+2\.0/);
  await expect(screen.getByRole("region", { name: "How well do the other teams understand our work?" })).toContainText(/Everyone: 2\.0 → 4\.0\s*\+2\.0/);
  await expect(screen.getByRole("region", { name: "How well do I understand the work of the other teams?" })).toContainText(/3\.0 → 4\.0\s*\+1\.0/);
  const shift = screen.getByRole("region", { name: "How well do the other teams understand our work?" });
  await expect(shift.getByRole("row", { name: /Sales/ })).toContainText(/2\.0 → 3\.5\s*\+1\.5/);
  await expect(shift.getByRole("row", { name: /Finance/ })).toContainText(/2\.0 → 5\.0\s*\+3\.0/);
  await expect(shift.getByRole("row", { name: /IT/ })).toContainText(/2\.0 → 4\.0\s*\+2\.0/);
  await shots("14-check-out");
}

/** The end: read-only everywhere. */
export async function theEnd({ facilitator, screen, cy, room, shots }: Room): Promise<void> {
  await facilitator.getByRole("button", { name: "End the workshop" }).click();
  await facilitator.getByRole("group", { name: "Confirm end" }).getByRole("button", { name: "End it" }).click();
  for (const page of [...room, facilitator]) await expect(page.getByText("This workshop has ended")).toBeVisible();
  await expect(cy.getByRole("button", { name: "5 very well" }).first()).toBeDisabled();
  await expect(cy.getByRole("button", { name: "I'm done" })).toBeDisabled();
  await expect(facilitator.getByRole("navigation", { name: "Agenda" }).getByRole("button", { name: "Back" })).toBeDisabled();
  await expect(facilitator.getByRole("button", { name: "Lock input" })).toBeDisabled();
  await expect(screen.getByRole("region", { name: "How well do the other teams understand our work?" })).toContainText("2.0 → 4.0");
  await shots("15-ended");
}
