import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TemplateListSchema, type CreatedWorkshop } from "@/lib/protocol";
import { Peer } from "../helpers/peer";
import { startServer, type TestServer } from "../helpers/server";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.dispose();
});

const post = async (body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${server.url}/api/workshops`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as CreatedWorkshop;
};

/** What a phone that joined the workshop holds. */
async function phoneState(code: string) {
  const phone = await Peer.participant(server.url, code).connected();
  await phone.join("Ann", "t1");
  phone.close();
  return phone.state!;
}

describe("the workshop's language over HTTP and the socket", () => {
  it("a workshop created in Dutch has Dutch prompts, and every phone knows its language", async () => {
    const made = await post({ title: "Kick-off", teams: ["Sales", "IT"], language: "nl" });
    const state = await phoneState(made.code);
    expect(state.language).toBe("nl");
    expect(state.agenda.find((p) => p.id === "shoes")?.prompt).toMatch(/^Schrijf vanuit het team dat je kreeg/);
  });

  it("without a language, the creator's browser language is taken (Accept-Language)", async () => {
    const made = await post({ title: "Oslo", teams: ["Salg", "IT"], template: "upside-down" }, { "accept-language": "nn-NO,nb;q=0.9,en;q=0.5" });
    const state = await phoneState(made.code);
    expect(state.language).toBe("nb");
    expect(state.agenda.find((p) => p.id === "pyramid")?.title).toBe("Pyramiden på hodet");
  });

  it("GET /api/templates?lang=nb lists the templates in Bokmål, Accept-Language otherwise, English by default", async () => {
    const nb = TemplateListSchema.parse(await (await fetch(`${server.url}/api/templates?lang=nb`)).json());
    expect(nb.language).toBe("nb");
    expect(nb.templates.map((t) => t.title)).toEqual(["I hverandres sko", "Snu pyramiden på hodet", "Fra kurs til et felles mål"]);
    expect(nb.templates[0]?.teams).toContain("Kundeservice");

    const nl = TemplateListSchema.parse(await (await fetch(`${server.url}/api/templates`, { headers: { "accept-language": "nl-BE" } })).json());
    expect(nl.templates[1]?.title).toBe("Zet de piramide op zijn kop");

    const en = TemplateListSchema.parse(await (await fetch(`${server.url}/api/templates?lang=fr`)).json());
    expect(en.templates[0]?.title).toBe("In each other's shoes");
  });

  it("the facilitator changes the language and every phone hears it; a phone may not", async () => {
    const made = await post({ title: "Kick-off", teams: ["Sales", "IT"], language: "en" });
    const console = await new Peer(server.url, made.code, { role: "facilitator", token: made.facilitatorToken }).connected();
    const phone = await Peer.participant(server.url, made.code).connected();
    await phone.join("Ann", "t1");

    const refused = await phone.send({ type: "workshop.setLanguage", language: "nb" });
    expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });

    expect(await console.send({ type: "workshop.setLanguage", language: "nl" })).toMatchObject({ ok: true });
    await phone.until(() => phone.state?.language === "nl", "the new language on the phone");
    console.close();
    phone.close();
  });
});
