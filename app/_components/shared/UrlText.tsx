import { Fragment } from "react";

/**
 * A URL as text that wraps at its slashes rather than mid-word, with the scheme toned down: the
 * part people type stands out, and the text stays the whole URL (copy, find, tests).
 */
export function UrlText({ url, className }: { url: string; className?: string }) {
  const match = /^(https?:\/\/)(.*)$/.exec(url);
  const scheme = match?.[1] ?? "";
  const rest = match?.[2] ?? url;
  const parts = rest.split(/(?=\/)/);
  return (
    <span className={className}>
      {scheme ? <span className="opacity-75">{scheme}</span> : null}
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
