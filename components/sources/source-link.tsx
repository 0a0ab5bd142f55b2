import { Fragment } from "react";
import type { Source } from "@/lib/schemas/source";
import { formatSourceLine, sourceHref } from "@/lib/sources/format-source";

/** Each id's entry, or its line already written (lib/view-models hand the page lines, not whole entries). */
type Lookup = ReadonlyMap<string, string | Pick<Source, "publisher" | "title" | "description" | "date">>;

/** A source id as a link to its entry on /sources; the entry there gives the publisher, date, links and uses. */
export function SourceLink({ id, sources }: { id: string; sources?: Lookup }) {
  const s = sources?.get(id);
  return (
    <a href={sourceHref(id)} className="text-accent underline underline-offset-2" title={s === undefined ? undefined : typeof s === "string" ? s : formatSourceLine(s)}>
      {id}
    </a>
  );
}

/** Source ids as links, comma-separated, each once, in the order given. */
export function SourceList({ ids, sources, empty = "—" }: { ids: readonly string[]; sources?: Lookup; empty?: string }) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return <>{empty}</>;
  return (
    <>
      {unique.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && ", "}
          <SourceLink id={id} sources={sources} />
        </Fragment>
      ))}
    </>
  );
}
