import { teamName, type BeliefReply, type WorkshopState } from "@/lib/domain";
import { useT } from "@/lib/client/i18n";
import { teamColor } from "../../shared/teamColor";

/** What the team concerned said is behind a belief: by team, not by name. */
export function Replies({
  state,
  replies,
  sending = [],
  size = "phone",
}: {
  state: WorkshopState;
  replies: readonly BeliefReply[];
  /** Replies this phone sent that the server has not confirmed yet. */
  sending?: readonly { id: string; teamId: string; text: string }[];
  size?: "phone" | "console" | "screen";
}) {
  const t = useT("beliefs");
  const all = [...replies.map((r) => ({ ...r, pending: false })), ...sending.map((r) => ({ ...r, pending: true }))];
  if (all.length === 0) return null;
  const text = { phone: "text-base", console: "text-sm", screen: "text-[clamp(1rem,1.5vw,1.9rem)] leading-snug" }[size];
  return (
    <ul aria-label={t("replies")} className={size === "screen" ? "space-y-[1vh]" : "space-y-2"}>
      {all.map((r) => (
        <li
          key={r.id}
          className={`border-l-4 bg-paper ${size === "screen" ? "px-[0.8vw] py-[0.6vh]" : "px-3 py-2"} ${text}`}
          style={{ borderLeftColor: teamColor(state.teams, r.teamId) }}
        >
          <p className="font-semibold">
            {t("teamReplies", { team: teamName(state, r.teamId) || t("aTeam") })}
            {r.pending ? <span className="ml-2 text-sm font-normal text-muted">{t("sending")}</span> : null}
          </p>
          <p className="wrap-anywhere whitespace-pre-wrap">{r.text}</p>
        </li>
      ))}
    </ul>
  );
}
