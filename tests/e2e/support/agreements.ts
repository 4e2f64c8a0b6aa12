import { expect, type Page } from "@playwright/test";
import { phaseHeading } from "./room";

export interface AgreementInput {
  ownerTeam: string;
  owner: string;
  buddyTeam: string;
  buddy: string;
  due: string;
  review: string;
  metric: string;
  baseline: string;
  target: string;
  legal: "Yes" | "No";
  note?: string;
}

/** Every field of the console's agreement form, then "Make the agreement". */
export async function fillAgreement(page: Page, a: AgreementInput): Promise<void> {
  await page.getByLabel("Owning team").selectOption({ label: a.ownerTeam });
  await page.getByLabel("Named owner").fill(a.owner);
  await page.getByLabel("Buddy's team").selectOption({ label: a.buddyTeam });
  await page.getByLabel("Buddy's name").fill(a.buddy);
  await page.getByLabel("Done by").fill(a.due);
  await page.getByLabel("Review on").fill(a.review);
  await page.getByLabel("Metric", { exact: true }).fill(a.metric);
  await page.getByLabel("Baseline (now)").fill(a.baseline);
  await page.getByLabel("Target", { exact: true }).fill(a.target);
  await page.getByRole("radio", { name: a.legal, exact: true }).check();
  if (a.note) await page.getByLabel("Note", { exact: true }).fill(a.note);
  await page.getByRole("button", { name: "Make the agreement" }).click();
  // The form empties once the agreement is in the workshop.
  await expect(page.getByLabel("What we will do")).toHaveValue("");
}

/**
 * A short workshop's end: straight to the agreements (a jump on the agenda), one agreement owned
 * by Finance with a Sales buddy, the phone says "I'm in", and the facilitator ends the workshop.
 */
export async function oneAgreementThenEnd(facilitator: Page, phone: Page, what: string, owner: string): Promise<void> {
  await facilitator.getByRole("navigation", { name: "Agenda" }).getByRole("button", { name: /^\d+\s*Agreements/ }).click();
  await expect(phaseHeading(phone, "Agreements")).toBeVisible();
  await facilitator.getByLabel("What we will do").fill(what);
  await fillAgreement(facilitator, {
    ownerTeam: "Finance",
    owner,
    buddyTeam: "Sales",
    buddy: "Kari",
    due: "2027-03-31",
    review: "2027-06-30",
    metric: "Questions answered within a day",
    baseline: "40%",
    target: "90%",
    legal: "No",
  });
  await phone.getByTestId("agreement").getByRole("button", { name: "I'm in" }).click();
  await expect(facilitator.getByTestId("agreement")).toContainText("1 person in");
  await facilitator.getByRole("button", { name: "End the workshop" }).click();
  await facilitator.getByRole("group", { name: "Confirm end" }).getByRole("button", { name: "End it" }).click();
}
