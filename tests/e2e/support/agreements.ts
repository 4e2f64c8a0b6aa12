import { expect, type Page } from "@playwright/test";

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
