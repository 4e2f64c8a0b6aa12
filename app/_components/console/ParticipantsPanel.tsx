import type { WorkshopState } from "@/lib/domain";
import { teamColor } from "../shared/teamColor";
import { panel } from "../shared/ui";

/** Who joined, per team, and who is online right now (presence, not history). */
export function ParticipantsPanel({ state, online }: { state: WorkshopState; online: readonly string[] }) {
  const onlineSet = new Set(online);
  const people = Object.values(state.participants).sort((a, b) => a.joinedAt - b.joinedAt);
  const onlineCount = people.filter((p) => onlineSet.has(p.id)).length;

  return (
    <section aria-labelledby="people-heading" className={`${panel} space-y-3`}>
      <h2 id="people-heading" className="text-lg font-bold">
        Participants{" "}
        <span className="font-normal text-muted">
          ({people.length} joined, {onlineCount} online)
        </span>
      </h2>
      {state.teams.map((team) => {
        const members = people.filter((p) => p.teamId === team.id);
        return (
          <section key={team.id} aria-label={team.name}>
            <h3 className="flex items-center gap-2 font-semibold">
              <span aria-hidden="true" className="size-3 rounded-full" style={{ background: teamColor(state.teams, team.id) }} />
              {team.name} <span className="font-normal text-muted">({members.length})</span>
            </h3>
            {members.length === 0 ? (
              <p className="pl-5 text-sm text-muted">Nobody yet.</p>
            ) : (
              <ul className="pl-5 text-sm">
                {members.map((p) => {
                  const isOnline = onlineSet.has(p.id);
                  return (
                    <li key={p.id} className="flex items-center gap-2 py-0.5">
                      <span
                        aria-hidden="true"
                        className={`size-2.5 shrink-0 rounded-full ${isOnline ? "bg-ok" : "border border-muted bg-transparent"}`}
                      />
                      <span className={`min-w-0 flex-1 break-words ${isOnline ? "" : "text-muted"}`}>{p.name}</span>
                      <span className={isOnline ? "text-ok" : "text-muted"}>{isOnline ? "online" : "offline"}</span>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
