import { describe, expect, it } from "vitest";
import { CreateWorkshopSchema, DEFAULT_AGENDA, TEMPLATES, TemplateSchema, agendaAsTemplate, createWorkshop } from "@/lib/domain";
import { referenceOf } from "@/lib/domain/features/agenda/rules";
import { workshop } from "../../helpers/domain";

const WANTED = { mirror: "perspective", strengths: "perspective", agreements: "brainstorm", pulse: "pulse" } as Record<string, string>;

describe("templates", () => {
  it("the default day comes first, and ids differ", () => {
    expect(TEMPLATES[0]?.agenda).toEqual(DEFAULT_AGENDA);
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(3);
  });

  it.each(TEMPLATES.map((t) => [t.title, t] as const))("%s parses and every reference points back at a phase of the right kind", (_title, template) => {
    expect(TemplateSchema.safeParse(template).success).toBe(true);
    template.agenda.forEach((phase, index) => {
      const ref = referenceOf(phase);
      if (ref === null) return;
      const source = template.agenda.findIndex((p) => p.id === ref);
      expect(source, `${phase.id} → ${ref}`).toBeGreaterThanOrEqual(0);
      expect(source).toBeLessThan(index);
      expect(template.agenda[source]?.kind).toBe(WANTED[phase.kind]);
    });
  });

  it("a template whose mirror comes before what it shows is refused, with the reason", () => {
    const [lobby, ...rest] = DEFAULT_AGENDA;
    const mirror = rest.find((p) => p.id === "mirror")!;
    const broken = { id: "broken", title: "Broken", description: "", agenda: [lobby, mirror, ...rest.filter((p) => p !== mirror)] };
    const parsed = TemplateSchema.safeParse(broken);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/must come after "In their shoes"/);
  });

  it("a workshop's agenda saved as a template starts a workshop with the same agenda", () => {
    const saved = TemplateSchema.parse(agendaAsTemplate(workshop()));
    const input = CreateWorkshopSchema.parse({ title: "Again", teams: ["A", "B"], agenda: saved });
    expect(createWorkshop(input, { code: "XYZXYZ", facilitatorTokenHash: "f".repeat(64) }).agenda).toEqual(workshop().agenda);
  });

  it("a workshop starts from a template named by id; an unknown id or both at once is refused", () => {
    const input = CreateWorkshopSchema.parse({ title: "Goal", teams: ["A", "B"], template: "shared-goal" });
    expect(createWorkshop(input, { code: "XYZXYZ", facilitatorTokenHash: "f".repeat(64) }).agenda[2]?.id).toBe("result");
    expect(CreateWorkshopSchema.safeParse({ title: "X", teams: ["A", "B"], template: "nope" }).success).toBe(false);
    const both = { title: "X", teams: ["A", "B"], template: "shared-goal", agenda: TEMPLATES[0] };
    expect(CreateWorkshopSchema.safeParse(both).success).toBe(false);
  });
});
