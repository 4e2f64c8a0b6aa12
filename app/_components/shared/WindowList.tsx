"use client";

import { memo, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from "@tanstack/react-virtual";

/**
 * A long list in the page's own scroll, drawn a screenful at a time (TanStack Virtual): the rows
 * in view and a few either side are in the page, each placed where the whole list would put it,
 * and the rest only count towards its height. Rows may be any height; each is measured once drawn.
 *
 * Rows coming or going above the one at the top of the screen (a card posted to a team higher
 * up) do not move what is being read: the list keeps that row where it was (`anchorTo`). Rows in
 * `pinned` stay drawn wherever the page is scrolled: those that hold something of their own, such
 * as a card being edited, which would lose it if scrolled out and drawn anew.
 */
export function WindowList<R extends { key: string }>({
  rows,
  estimate,
  pinned = [],
  render,
}: {
  rows: readonly R[];
  /** A row's height before it is measured, in pixels. */
  estimate: (row: R) => number;
  pinned?: readonly number[];
  render: (row: R) => ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const margin = useDocumentTop(ref);
  const list = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => estimate(rows[i]!),
    getItemKey: (i) => rows[i]!.key,
    overscan: 6,
    scrollMargin: margin,
    anchorTo: "end",
    // Scrolling re-renders the list in React's own time, not inside each scroll event.
    useFlushSync: false,
    rangeExtractor: (range: Range) =>
      pinned.length === 0 ? defaultRangeExtractor(range) : [...new Set([...defaultRangeExtractor(range), ...pinned])].sort((a, b) => a - b),
  });
  return (
    // The browser's own scroll anchoring would move the page a second time.
    <div ref={ref} style={{ position: "relative", height: list.getTotalSize(), overflowAnchor: "none" }}>
      {list.getVirtualItems().map((item) => (
        <div
          key={item.key}
          data-index={item.index}
          ref={list.measureElement}
          style={{ position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${item.start - margin}px)` }}
        >
          <Row row={rows[item.index]!} render={render} />
        </div>
      ))}
    </div>
  );
}

/**
 * Where an element starts from the top of the page: what the list lies below. Measured again
 * whenever the page changes size, which is when something above it grew or shrank.
 */
function useDocumentTop(ref: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const at = Math.round(el.getBoundingClientRect().top + window.scrollY);
      setTop((was) => (was === at ? was : at));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return top;
}

/**
 * One row, drawn again only when it or the list's rows changed: scrolling re-renders the list at
 * each row that comes into view, and redrawing every row on screen each time held a slow phone's
 * frames to 30 a second.
 */
const Row = memo(function Row<R>({ row, render }: { row: R; render: (row: R) => ReactNode }) {
  return render(row);
}) as <R>(props: { row: R; render: (row: R) => ReactNode }) => ReactNode;
