import { expect, type Browser, type Page, type TestInfo } from "@playwright/test";
import { expectAccessible, expectTapTargets } from "../support/axe";
import { createWorkshop, join, laptop, phone, projector, shoot } from "../support/room";

/** The room of the whole-workshop story: who is in it, and what every phase checks on them. */
export interface Room {
  facilitator: Page;
  screen: Page;
  ann: Page;
  bo: Page;
  cy: Page;
  dagny: Page;
  /** The four phones. */
  phones: Page[];
  /** The phones and the screen: what `next` waits on. */
  room: Page[];
  /** Photographs the 360 px phone, the console and the screen, and has axe read all three. */
  shots: (phase: string) => Promise<void>;
  everyoneSees: (pages: readonly Page[], text: string | RegExp) => Promise<void>;
}

/** A facilitator on a laptop, the projector, and four phones of different sizes in three teams. */
export async function openRoom(browser: Browser, testInfo: TestInfo): Promise<Room> {
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
  return { facilitator, screen, ann, bo, cy, dagny, phones, room: [...phones, screen], shots, everyoneSees };
}
