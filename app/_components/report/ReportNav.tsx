/** The report's contents as jump links: on a phone a row to swipe, wider screens wrap it. */
export function ReportNav({ items }: { items: { id: string; label: string }[] }) {
  if (items.length < 2) return null;
  return (
    <nav aria-label="Contents" className="-mx-4 overflow-x-auto px-4 print:hidden sm:mx-0 sm:px-0">
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
