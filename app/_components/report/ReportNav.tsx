import { useT } from "@/lib/client/i18n";

/** The report's contents as jump links: on a phone a row to swipe, wider screens wrap it. */
export function ReportNav({ items }: { items: { id: string; label: string }[] }) {
  const t = useT("report");
  if (items.length < 2) return null;
  return (
    <nav aria-label={t("contents")} className="-mx-4 overflow-x-auto px-4 print:hidden sm:mx-0 sm:px-0">
      <ul className="flex gap-2 sm:flex-wrap">
        {items.map((item) => (
          <li key={item.id} className="shrink-0">
            <a
              href={`#${item.id}`}
              className="inline-flex min-h-11 items-center rounded-full border border-line bg-surface px-3.5 text-sm font-semibold text-brand hover:bg-brand-soft"
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
