import { Fragment } from "react";
import { SourceLink } from "./source-link";

const ID = /\b(S\d{1,3}|R\d{1,2}|FX-[A-Z]+)\b/g;

/** A worded note in which every source id the register knows becomes a link to its entry. */
export function LinkedText({ text, known }: { text: string; known: ReadonlySet<string> | ReadonlyMap<string, unknown> }) {
  const parts: (string | { id: string })[] = [];
  let last = 0;
  for (const m of text.matchAll(ID)) {
    const id = m[1]!;
    if (!known.has(id)) continue;
    parts.push(text.slice(last, m.index), { id });
    last = m.index + id.length;
  }
  parts.push(text.slice(last));
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>{typeof p === "string" ? p : <SourceLink id={p.id} />}</Fragment>
      ))}
    </>
  );
}
