import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CreatedWorkshop } from "@/lib/protocol";
import { createWorkshop } from "../helpers/peer";
import { startServer, type TestServer } from "../helpers/server";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.dispose();
});

const post = (body: unknown) =>
  fetch(`${server.url}/api/workshops`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

const agendaTemplate = (code: string, token?: string) =>
  fetch(`${server.url}/api/workshops/${code}/agenda-template`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe("templates over HTTP", () => {
  it("GET /api/templates lists the templates with their number of phases", async () => {
    const res = await fetch(`${server.url}/api/templates`);
    expect(res.status).toBe(200);
    const { templates } = (await res.json()) as { templates: { id: string; title: string; phases: number }[] };
    expect(templates.map((t) => t.id)).toEqual(["in-each-others-shoes", "upside-down", "shared-goal"]);
    expect(templates[0]).toMatchObject({ title: "In each other's shoes", phases: 11 });
  });

  it("a workshop made from a template id, saved as a file, starts another workshop with the same agenda", async () => {
    const res = await post({ title: "Goal day", teams: ["Sales", "IT"], template: "shared-goal" });
    expect(res.status).toBe(201);
    const first = (await res.json()) as CreatedWorkshop;
    const saved = await agendaTemplate(first.code, first.facilitatorToken);
    expect(saved.status).toBe(200);
    expect(saved.headers.get("content-disposition")).toMatch(/attachment/);
    const template = (await saved.json()) as { title: string; agenda: { id: string }[] };
    expect(template.title).toBe("Goal day");
    expect(template.agenda.map((p) => p.id)).toContain("result");

    const again = await post({ title: "Goal day 2", teams: ["A", "B"], agenda: template });
    expect(again.status).toBe(201);
    const second = (await again.json()) as CreatedWorkshop;
    const copy = (await (await agendaTemplate(second.code, second.facilitatorToken)).json()) as typeof template;
    expect(copy.agenda).toEqual(template.agenda);
  });

  it("an unknown template or a broken agenda file is refused with the reason", async () => {
    const unknown = await post({ title: "X", teams: ["A", "B"], template: "nope" });
    expect(unknown.status).toBe(400);
    const broken = await post({ title: "X", teams: ["A", "B"], agenda: { id: "x", title: "X", description: "", agenda: [] } });
    expect(broken.status).toBe(400);
  });

  it("the agenda file is the facilitator's: no key 401, another key 403", async () => {
    const made = await createWorkshop(server.url);
    expect((await agendaTemplate(made.code)).status).toBe(401);
    expect((await agendaTemplate(made.code, "not-the-key")).status).toBe(403);
  });
});
