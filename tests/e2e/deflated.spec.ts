import { expect, test, type WebSocketRoute } from "@playwright/test";
import { Peer } from "../helpers/peer";
import { createWorkshop, join, laptop, next, phone } from "./support/room";

/**
 * A phone that lost its connection while the room posted thirty cards: when it is back, what it
 * missed arrives as one deflated message (lib/protocol/deflated.ts), which Chromium inflates, and
 * every card is on its wall. The phone's connection (long-polling first, then a WebSocket) runs
 * through routes the test can cut.
 */
test("a phone back from a dropped connection inflates what it missed and shows every card", async ({ browser, baseURL }) => {
  const facilitator = await laptop(browser);
  const code = await createWorkshop(facilitator, "Kick-off", ["Sales", "IT"]);

  const narrow = await phone(browser, "Galaxy S8");
  let offline = false;
  const open: WebSocketRoute[] = [];
  let deflated = 0;
  const count = (text: string) => (deflated += text.split('42["workshop:deflated"').length - 1);
  await narrow.route(/\/socket\.io\//, (route) => (offline ? route.abort("internetdisconnected") : route.continue()));
  narrow.on("response", async (response) => {
    if (response.url().includes("/socket.io/") && response.request().method() === "GET") count(await response.text().catch(() => ""));
  });
  await narrow.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (offline) return void ws.close();
    open.push(ws);
    const server = ws.connectToServer();
    ws.onMessage((message) => server.send(message));
    server.onMessage((message) => {
      if (typeof message === "string") count(message);
      ws.send(message);
    });
  });
  await join(narrow, code, "Ann", "Sales");

  // Bo posts from a phone of his own (a socket.io-client peer), while Ann's connection is down.
  const url = baseURL!;
  const bo = await Peer.participant(url, code).connected();
  await bo.join("Bo", "t2");
  await next(facilitator, "Check-in", [narrow]);
  await next(facilitator, "Changes around us", [narrow]);
  offline = true;
  for (const ws of open.splice(0)) await ws.close();
  await expect(narrow.getByText("Reconnecting…").first()).toBeVisible();
  for (let i = 1; i <= 30; i++) {
    const res = await bo.send({ type: "card.add", phaseId: "changes", text: `Bo's card ${i} of thirty` });
    expect(res.ok).toBe(true);
  }

  offline = false;
  await expect(narrow.getByText("Bo's card 30 of thirty")).toBeVisible({ timeout: 15_000 });
  await expect(narrow.getByText(/^Bo's card \d+ of thirty$/)).toHaveCount(30);
  expect(deflated).toBe(1);
  bo.close();
});
