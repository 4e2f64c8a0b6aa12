import type { StepInput } from "@/lib/domain/features/catchup/schemas";
import type { StepView } from "@/lib/domain/features/catchup/view";

/** What every step screen is given: its view, the teams by id, and how to send it. */
export interface StepProps<K extends StepView["kind"]> {
  view: Extract<StepView, { kind: K }>;
  teams: { id: string; name: string }[];
  busy: boolean;
  onSend: (input: StepInput) => void;
}

export const teamName = (teams: { id: string; name: string }[], id: string | null) => teams.find((t) => t.id === id)?.name ?? "";
