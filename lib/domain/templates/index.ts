import { DEFAULT_AGENDA } from "../agenda";
import type { Phase } from "../phases";
import type { Template } from "./schema";
import { SHARED_GOAL } from "./sharedGoal";
import { UPSIDE_DOWN } from "./upsideDown";

export { TemplateSchema, type Template } from "./schema";

export const DEFAULT_TEMPLATE_ID = "in-each-others-shoes";

/** The agendas a workshop can start from; the first is the default. */
export const TEMPLATES: readonly Template[] = [
  {
    id: DEFAULT_TEMPLATE_ID,
    title: "In each other's shoes",
    description:
      "Teams who work past each other under changes around them: each writes as another team, sees itself in the mirror, names the us-and-them beliefs, then agrees on what to do together.",
    agenda: [...DEFAULT_AGENDA],
  },
  UPSIDE_DOWN,
  SHARED_GOAL,
];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** A workshop's agenda as a template file to save and start another workshop from. */
export function agendaAsTemplate(state: { code: string; title: string; agenda: readonly Phase[] }): Template {
  return {
    id: `workshop-${state.code.toLowerCase()}`,
    title: state.title,
    description: `The agenda of "${state.title}", saved from Onside.`,
    agenda: structuredClone([...state.agenda]),
  };
}
