import type { ReactNode } from "react";

/** One part of the report, with an anchor the page's contents jump to. */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4 space-y-4">
      <div className="space-y-1 border-b-2 border-ink pb-1 break-after-avoid">
        <h2 id={`${id}-heading`} className="text-2xl font-bold text-balance">
          {title}
        </h2>
        {intro ? <p className="text-muted text-pretty">{intro}</p> : null}
      </div>
      {children}
    </section>
  );
}
