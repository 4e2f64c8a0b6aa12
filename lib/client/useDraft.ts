"use client";

import { useCallback, useEffect, useState } from "react";
import { browserStorage } from "./storage";

/** Text being typed, kept on the phone so a reload or a locked screen does not lose it. */
export function useDraft(key: string): [string, (value: string) => void] {
  const [value, setValue] = useState("");
  useEffect(() => {
    // Read after mount: the server render has no storage, and the first client render must match it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValue(browserStorage().get(`onside:draft:${key}`) ?? "");
  }, [key]);
  const update = useCallback(
    (next: string) => {
      setValue(next);
      const storage = browserStorage();
      if (next) storage.set(`onside:draft:${key}`, next);
      else storage.remove(`onside:draft:${key}`);
    },
    [key],
  );
  return [value, update];
}
