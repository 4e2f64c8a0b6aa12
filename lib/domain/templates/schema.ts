import { z } from "zod";
import { agendaProblem } from "../features/agenda/rules";
import { PhaseSchema } from "../phases";
import { Id, text } from "../schemas";
import { LIMITS } from "../limits";
import { fill, REFUSALS } from "../reasons";

/**
 * An agenda to start a workshop from: one of Onside's own, or one a facilitator saved. Checked as
 * a whole, so a file edited by hand cannot start a day that does not run (a mirror of nothing).
 */
export const TemplateSchema = z
  .object({
    id: Id,
    title: text(LIMITS.title),
    description: z.string().max(LIMITS.phasePrompt),
    agenda: z.array(PhaseSchema).min(1).max(LIMITS.phases),
  })
  .superRefine((template, ctx) => {
    const problem = agendaProblem(template.agenda);
    if (problem) ctx.addIssue({ code: "custom", path: ["agenda"], message: fill(REFUSALS[problem.reason], problem.params), params: problem });
  });

export type Template = z.infer<typeof TemplateSchema>;
