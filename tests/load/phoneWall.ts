/**
 * `npm run bench:phone`: what a phone goes through on a kick-off's wall. One phone (Chromium at
 * a Galaxy S8's 360 px, its CPU slowed 4× to stand for a mid-range phone) in the cards phase,
 * while forty others post 2,000 cards in five waves of 400 (a kick-off's flushes are ~400 cards);
 * then the phone flicks down through the whole wall. It prints how long each wave took to show on
 * the phone, the longest the page's main thread was held meanwhile (a tap waits that long), how
 * many elements the page holds, and the frames while scrolling.
 *
 * `-- --view screen` measures the projector's room screen instead (1280 × 720), `-- --view console`
 * the facilitator's console (1366 × 768): laptops, their CPU slowed 2× to stand for an older one
 * at a venue. Both draw every card; the screen is not scrolled by anyone, so it is not flicked.
 *
 * Runs the production build (built first when needed) with Next's pages, in the machine's
 * Chromium (CHROMIUM_PATH, else /usr/bin/chromium). `PHONE_PROFILE=<file>` writes a CPU profile of
 * the page while it scrolls, `WALL_SCREENSHOT=<file>` a screenshot of the page with the whole wall
 * on it. Never part of the test suites: it measures.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, devices, type BrowserContextOptions, type Page } from "@playwright/test";
import { buildIfNeeded } from "../../scripts/build-if-needed.mjs";
import { Peer, createWorkshop } from "../helpers/peer";
import { compileServers, ServerProcess } from "./processes";

const root = path.resolve(import.meta.dirname, "../..");
const PEERS = 40;
const WAVES = 5;
const PER_WAVE = 400;

const { defaultBrowserType: _chromiumOnly, ...galaxy } = devices["Galaxy S8"];
/** Who looks at the wall: the page, its device and how much slower its CPU is than this machine's. */
const VIEWS = {
  phone: { who: "A phone", size: "Galaxy S8 viewport", device: galaxy as BrowserContextOptions, slowdown: 4, flick: true },
  screen: { who: "The room screen", size: "1280 × 720", device: { viewport: { width: 1280, height: 720 } }, slowdown: 2, flick: false },
  console: { who: "The facilitator's console", size: "1366 × 768", device: { viewport: { width: 1366, height: 768 } }, slowdown: 2, flick: true },
} satisfies Record<string, { who: string; size: string; device: BrowserContextOptions; slowdown: number; flick: boolean }>;
const { values } = parseArgs({ options: { view: { type: "string", default: "phone" } } });
if (!(values.view in VIEWS)) throw new Error(`--view: one of ${Object.keys(VIEWS).join(", ")}`);
const viewName = values.view as keyof typeof VIEWS;
const view = VIEWS[viewName];

/** Onside with its pages, as the server's bench starts it with `--pages` (processes.ts). */
async function startServer(): Promise<ServerProcess> {
  buildIfNeeded(root);
  await compileServers("main");
  return ServerProcess.start("onside", { port: 0, dataDir: mkdtempSync(path.join(tmpdir(), "onside-phone-")), entry: "main" });
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;
const ms = (n: number) => `${Math.round(n)} ms`;

/** The page's tasks over 50 ms since the last call (the browser's Long Tasks API). */
const longTasks = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    return w.__long.splice(0);
  });

/** Until the page shows this many cards: the phone's count above its list, the laptops' cards drawn. */
async function shows(page: Page, cards: number): Promise<void> {
  if (viewName === "phone") await page.getByRole("heading", { name: `Cards so far (${cards})` }).waitFor({ timeout: 60_000 });
  else await page.waitForFunction((n) => document.querySelectorAll("[data-testid=card]").length >= n, cards, { timeout: 60_000, polling: 100 });
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await (await browser.newContext(view.device)).newPage();
  const created = await createWorkshop(server.url, "Kick-off", ["Sales", "IT"]);
  const facilitator = await new Peer(server.url, created.code, { role: "facilitator", token: created.facilitatorToken }).connected();
  await facilitator.send({ type: "phase.goto", phaseId: "changes" });

  if (viewName === "phone") {
    await page.goto(`${server.url}/w/${created.code}`);
    await page.getByLabel("Your name").fill("Ann");
    await page.getByRole("radio", { name: "Sales", exact: true }).check();
    await page.getByRole("button", { name: "Join", exact: true }).click();
  } else {
    // The link's own origin is the machine's LAN address; the page is opened where the server listens.
    const link = new URL(created.facilitatorUrl);
    await page.goto(viewName === "screen" ? `${server.url}/s/${created.code}` : `${server.url}${link.pathname}${link.hash}`);
  }
  await page.getByRole("heading", { name: "Changes around us" }).first().waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__long.push(entry.duration);
    }).observe({ type: "longtask" });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: view.slowdown });

  const peers = await Promise.all(Array.from({ length: PEERS }, () => Peer.participant(server.url, created.code).connected()));
  await Promise.all(peers.map((p, i) => p.join(`Person ${i + 1}`, i % 2 === 0 ? "t1" : "t2")));
  const perPeer = PER_WAVE / (PEERS / WAVES);
  // Each peer posts its 50 cards of a wave at once: its socket's whole burst of commands
  // (server/limits.ts). Its join spent one, which comes back within a tenth of a second; posting
  // sooner, the first wave's last card from each peer was refused, and the wall never reached 400.
  await new Promise((resolve) => setTimeout(resolve, 500));

  const shown: number[] = [];
  const held: number[] = [];
  for (let wave = 0; wave < WAVES; wave++) {
    await longTasks(page);
    const start = performance.now();
    const posting = peers.slice((wave * PEERS) / WAVES, ((wave + 1) * PEERS) / WAVES);
    const acks = await Promise.all(posting.flatMap((p, i) => Array.from({ length: perPeer }, (_, n) => p.send({ type: "card.add", phaseId: "changes", text: `Wave ${wave + 1}, person ${i + 1}, card ${n + 1}: a change we see coming` }))));
    const refused = acks.filter((a) => !a.ok);
    if (refused[0] && !refused[0].ok) throw new Error(`Wave ${wave + 1}: ${refused.length} cards refused (${refused[0].error.message})`);
    await shows(page, (wave + 1) * PER_WAVE);
    shown.push(performance.now() - start);
    await page.waitForTimeout(1000);
    held.push(Math.max(0, ...(await longTasks(page))));
  }

  // WALL_SCREENSHOT=<file>: the page as it looks with the whole wall on it.
  if (process.env.WALL_SCREENSHOT) await page.screenshot({ path: process.env.WALL_SCREENSHOT });
  const inPage = await page.evaluate(() => ({ elements: document.getElementsByTagName("*").length, cards: document.querySelectorAll("[data-testid=card]").length }));
  const rows: [string, string][] = [
    ["cards on the wall", String(WAVES * PER_WAVE)],
    ["cards / elements in the page", `${inPage.cards} / ${inPage.elements}`],
    ["a wave of 400 cards: posted → on the page, p50 / last", `${ms(percentile(shown, 50))} / ${ms(shown.at(-1)!)}`],
    ["main thread held, longest per wave (first → last)", held.map(ms).join(", ")],
  ];
  if (view.flick) {
    // PHONE_PROFILE=<file>: a CPU profile of the page while it scrolls.
    if (process.env.PHONE_PROFILE) await cdp.send("Profiler.enable").then(() => cdp.send("Profiler.start"));
    // A flick down the wall: 60 px a frame for four seconds, each frame's time recorded.
    // (A string: tsx's compiled functions name themselves with a helper the page does not have.)
    const frames = (await page.evaluate(`new Promise((resolve) => {
      const times = [];
      let last = performance.now();
      const end = last + 4000;
      requestAnimationFrame(function step(now) {
        times.push(now - last);
        last = now;
        window.scrollBy(0, 60);
        if (now < end) requestAnimationFrame(step);
        else resolve(times);
      });
    })`)) as number[];
    if (process.env.PHONE_PROFILE) writeFileSync(process.env.PHONE_PROFILE, JSON.stringify((await cdp.send("Profiler.stop")).profile));
    const scrolled = await longTasks(page);
    rows.push(
      ["scrolling: frame p50 / p95 / max", `${ms(percentile(frames, 50))} / ${ms(percentile(frames, 95))} / ${ms(Math.max(...frames))}`],
      ["scrolling: frames over 50 ms / tasks over 50 ms", `${frames.filter((f) => f > 50).length} of ${frames.length} / ${scrolled.length}`],
    );
  }

  console.log(`\n${view.who} on a kick-off's wall (${view.size}, CPU ${view.slowdown}× slower)`);
  for (const [what, value] of rows) console.log(`  ${what.padEnd(56)} ${value}`);
  for (const p of [...peers, facilitator]) p.close();
} finally {
  await browser.close();
  await server.stop();
}
process.exit(0);
