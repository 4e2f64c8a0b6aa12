"use client";

import { createContext, useContext } from "react";
import type { Card } from "@/lib/domain";

export interface MergeTarget {
  id: string;
  label: string;
}

/**
 * What each card on a board can be merged into, asked for only by a card whose "Merge into…" list
 * is open. Passed down this way rather than as a prop of every card: the list changes with every
 * card posted, and as a prop it would draw every card of a kick-off's board again each time.
 */
export const MergeTargets = createContext<(card: Pick<Card, "id" | "column">) => readonly MergeTarget[]>(() => []);

export const useMergeTargets = () => useContext(MergeTargets);
