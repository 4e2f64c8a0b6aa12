import { expect, test, type Page } from "@playwright/test";
import { fillAgreement } from "./support/agreements";
import { expectAccessible, expectTapTargets } from "./support/axe";
import { createWorkshop, join, laptop, next, nowhere, phaseHeading, phone, projector, shoot } from "./support/room";

/**
 * The whole default workshop, "In each other's shoes", as a room lives it: a facilitator on a
 * laptop, the projector, and four phones in three teams, from the lobby through every phase of
 * the default agenda to the check-out and the end. Each step checks what people would notice on
 * the other devices, and every phase leaves a screenshot of a 360 px phone, the console and the
 * screen in test-results/.
 */

const IDEAS = {
  top: "One contact person per customer",
  second: "A shared calendar of audits",
  third: "Explain new rules at the monthly meeting",
};

test("the whole default workshop, from the lobby to the check-out and the end", async ({ browser }, testInfo) => {
  // One room, one long story: each phase builds on the last, and axe reads every device at every
  // phase. Slowness shows in the run time; this only stops a run that hangs.
  test.setTimeout(600_000);

  const facilitator = await laptop(browser);
  const code = await createWorkshop(facilitator, "Kick-off Q1", ["Sales", "Finance", "IT"]);
  const screen = await projector(browser);
  await screen.goto(`/s/${code}`);

  const ann = await phone(browser, "Pixel 7");
  const bo = await phone(browser, "iPhone 13");
  const cy = await phone(browser, "Galaxy S8");
  const dagny = await phone(browser, "Moto G4");
  await join(ann, code, "Ann", "Sales");
  await join(bo, code, "Bo", "IT");
  await join(cy, code, "Cy", "Finance");
  await join(dagny, code, "Dagny", "Sales");

  const phones = [ann, bo, cy, dagny];
  const room = [...phones, screen];
  // Cy's phone is 360 px wide: the narrowest a participant is likely to bring.
  // Every phase on every device is photographed and checked with axe (WCAG 2.2 AA).
  const shots = async (phase: string) => {
    const devices = { phone: cy, console: facilitator, screen };
    await shoot(testInfo, phase, devices);
    for (const [who, page] of Object.entries(devices)) await expectAccessible(page, `${phase}, ${who}`);
    await expectTapTargets(cy, `${phase}, phone`);
  };
  const everyoneSees = async (pages: readonly Page[], text: string | RegExp) => {
    for (const page of pages) await expect(page.getByText(text).first()).toBeVisible();
  };

  // ── Lobby ─────────────────────────────────────────────────────────────────────────────────
  await expect(screen.getByText(/4\s+people have joined/)).toBeVisible();
  await expect(facilitator.getByText("4 people have joined.")).toBeVisible();
  await expect(facilitator.getByRole("region", { name: "Sales" }).getByText("Dagny")).toBeVisible();
  await expect(facilitator.getByRole("region", { name: "IT" }).getByText("Bo")).toBeVisible();
  await expect(cy.getByText("4 people have joined so far.")).toBeVisible();
  await shots("01-lobby");

  // ── Check-in: the pulse, with the timer, a lock and "I'm done" ───────────────────────────
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
  await expect(bo.getByRole("button", { name: "2, a little" }).first()).toBeDisabled();
  await facilitator.getByRole("button", { name: "Unlock input" }).click();
  await expect(bo.getByText("Input is locked")).toHaveCount(0);
  await expect(bo.getByRole("button", { name: "2, a little" }).first()).toBeEnabled();

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

  // ── Changes around us: cards live everywhere, the spotlight, a phone that reloads ─────────
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
  await shots("04-changes");

  // ── In their shoes: private writing until the reveal ─────────────────────────────────────
  await next(facilitator, "In their shoes", room);
  const shoes = {
    ann: { as: "Knows every regulation by heart", own: "We hear the customer first" },
    bo: { as: "Keeps customers for years", own: "We keep every system running" },
    cy: { as: "Fixes problems under pressure", own: "We protect the margins" },
    dagny: { as: "Sees risks before anyone else", own: "We close deals fast" },
  };
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

  // ── The mirror: the facilitator steps through the teams; phones react ────────────────────
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

  // ── Us and them: an anonymous belief, the reply of the team concerned, votes ─────────────
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

  // ── Our combined strength ─────────────────────────────────────────────────────────────────
  await next(facilitator, "Our combined strength", room);
  for (const text of [shoes.ann.as, shoes.bo.own, shoes.cy.own, shoes.dagny.as]) await everyoneSees([...room, facilitator], text);
  await expect(screen.getByText("Too many last-minute requests")).toHaveCount(0);
  await shots("09-strengths");

  // ── Brainstorm: ideas, a group, dot votes within the budget, the ranking ─────────────────
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

  // ── Agreements: from the top idea, every field; the phones say "I'm in" ──────────────────
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

  // ── The colleagues who weren't here: one carry-over agreement ────────────────────────────
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

  // ── Check-out: the same pulse again; the shift shows ─────────────────────────────────────
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

  // ── The end: read-only everywhere ────────────────────────────────────────────────────────
  await facilitator.getByRole("button", { name: "End the workshop" }).click();
  await facilitator.getByRole("group", { name: "Confirm end" }).getByRole("button", { name: "End it" }).click();
  for (const page of [...room, facilitator]) await expect(page.getByText("This workshop has ended")).toBeVisible();
  await expect(cy.getByRole("button", { name: "5, very well" }).first()).toBeDisabled();
  await expect(cy.getByRole("button", { name: "I'm done" })).toBeDisabled();
  await expect(facilitator.getByRole("navigation", { name: "Agenda" }).getByRole("button", { name: "Back" })).toBeDisabled();
  await expect(facilitator.getByRole("button", { name: "Lock input" })).toBeDisabled();
  await expect(screen.getByRole("region", { name: "How well do the other teams understand our work?" })).toContainText("2.0 → 4.0");
  await shots("15-ended");
});

/** Both pulse questions on a phone, and the phone says it has them. */
async function answerPulse(page: Page, first: number, second: number): Promise<void> {
  for (const [n, value] of [
    [1, first],
    [2, second],
  ] as const) {
    const question = page.getByRole("group", { name: new RegExp(`^Question ${n}:`) });
    const choice = question.getByRole("button", { name: new RegExp(`^${value},`) });
    await choice.click();
    await expect(choice).toHaveAttribute("aria-pressed", "true");
  }
  await expect(page.getByText("Thank you. You can change an answer")).toBeVisible();
}
