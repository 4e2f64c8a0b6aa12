import { NEW_CONTROL, type Appliers } from "../../feature";
import { moved } from "./moved";

type AgendaEvent =
  | "agenda.phaseAdded"
  | "agenda.phaseRemoved"
  | "agenda.phaseMoved"
  | "agenda.phaseUpdated"
  | "team.added"
  | "team.renamed"
  | "team.removed";

export const agendaAppliers: Appliers<AgendaEvent> = {
  "agenda.phaseAdded"(state, { phase, afterPhaseId }) {
    const index = state.agenda.findIndex((p) => p.id === afterPhaseId);
    const at = index === -1 ? state.agenda.length : index + 1;
    return {
      ...state,
      agenda: [...state.agenda.slice(0, at), phase, ...state.agenda.slice(at)],
      controls: { ...state.controls, [phase.id]: NEW_CONTROL },
    };
  },
  "agenda.phaseRemoved"(state, { phaseId }) {
    const { [phaseId]: _gone, ...controls } = state.controls;
    return { ...state, agenda: state.agenda.filter((p) => p.id !== phaseId), controls };
  },
  "agenda.phaseMoved"(state, { phaseId, toIndex }) {
    return { ...state, agenda: moved(state.agenda, phaseId, toIndex) };
  },
  "agenda.phaseUpdated"(state, { phase }) {
    return { ...state, agenda: state.agenda.map((p) => (p.id === phase.id ? phase : p)) };
  },
  "team.added"(state, { team }) {
    return { ...state, teams: [...state.teams, team] };
  },
  "team.renamed"(state, { teamId, name }) {
    return { ...state, teams: state.teams.map((t) => (t.id === teamId ? { ...t, name } : t)) };
  },
  "team.removed"(state, { teamId }) {
    return { ...state, teams: state.teams.filter((t) => t.id !== teamId) };
  },
};
