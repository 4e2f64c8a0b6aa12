"use client";

import { useCallback, useState } from "react";
import { useExplain } from "@/lib/client/i18n";
import type { CommandInput } from "@/lib/domain";
import type { Ack, CommandAck } from "@/lib/protocol";

export type SendCommand = (command: CommandInput) => Promise<Ack<CommandAck>>;

/**
 * Sends the editor's commands and keeps the server's answer per field (`key`), so a refusal is
 * shown beside what was refused rather than in a corner.
 */
export function useEdits(send: SendCommand) {
  const explain = useExplain();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const run = useCallback(
    async (key: string, command: CommandInput): Promise<Ack<CommandAck>> => {
      setBusy(key);
      const answer = await send(command);
      setBusy(null);
      setErrors((all) => {
        const { [key]: _old, ...rest } = all;
        return answer.ok ? rest : { ...rest, [key]: explain.error(answer.error) };
      });
      return answer;
    },
    [send, explain],
  );
  return { run, errors, busy };
}

export type Edits = ReturnType<typeof useEdits>;
