import type { StepInput } from "@/lib/domain/features/catchup/schemas";
import type { StepView } from "@/lib/domain/features/catchup/view";

/** What every step screen is given: its view, the teams by id, where its unsent input is kept, and how to send it. */
export interface StepProps<K extends StepView["kind"]> {
  view: Extract<StepView, { kind: K }>;
  teams: { id: string; name: string }[];
  busy: boolean;
  /** For useDraft: per catch-up link and step; cleared once the step is sent. */
  draftKey: string;
  onSend: (input: StepInput) => void;
}

export const teamName = (teams: { id: string; name: string }[], id: string | null) => teams.find((t) => t.id === id)?.name ?? "";
