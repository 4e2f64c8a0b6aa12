import axe from "axe-core";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.2 AA, as axe-core tests it (A and AA rules of 2.0, 2.1 and 2.2). */
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Axe finds no WCAG 2.2 AA violation on the page as it is now. Soft, so one run lists every page's
 * problems; the test still fails. Each problem names the rule and the elements, to find it fast.
 *
 * Axe is put into a page once and run there again as the page changes: the whole workshop's test
 * checks the same few pages in every phase, and putting axe (1.5 MB of script) into the page for
 * each check (as @axe-core/playwright does) took a third of that test's time. The pages hold no
 * frames, so one `axe.run` on the document sees everything.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: typeof axe }).axe?.run === "function");
  if (!loaded) await page.evaluate(axe.source);
  const problems = await page.evaluate(async (tags) => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: "tag", values: tags } });
    return violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1).join("; ")}`).join("\n")}`,
    );
  }, WCAG_AA);
  expect.soft(problems, `axe on ${where}`).toEqual([]);
}

/**
 * Every control a thumb may need is at least 44 × 44 CSS px (the issue's bar, above WCAG's 24):
 * buttons, fields, selects and links, a checkbox or radio by the label that wraps it. A link
 * inside running text is exempt, as WCAG exempts it.
 */
export async function expectTapTargets(page: Page, where: string): Promise<void> {
  const small = await page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      "button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [role=tab]",
    );
    const found: string[] = [];
    for (const control of controls) {
      const input = control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio");
      const target = input ? (control.closest("label") ?? control) : control;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown
      if (getComputedStyle(target).visibility === "hidden") continue;
      const inText = control.tagName === "A" && !!control.closest("p");
      if (inText) continue;
      if (box.width < 44 || box.height < 44)
        found.push(`${target.tagName.toLowerCase()} "${(target.getAttribute("aria-label") ?? target.textContent ?? "").trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return found;
  });
  expect.soft(small, `tap targets under 44 px on ${where}`).toEqual([]);
}
