import { splitCode } from "@/lib/openapi/api-reference-view";

/** Text whose `backticked` spans are code. */
export function CodeText({ text }: { text: string }) {
  return (
    <>
      {splitCode(text).map((piece, i) =>
        i % 2 === 1 ? (
          <code key={i} className="rounded bg-border/50 px-1 font-mono text-[0.9em]">
            {piece}
          </code>
        ) : (
          piece
        ),
      )}
    </>
  );
}

/** A type in words, linked to its schema's entry when it names one. */
export function TypeLink({ type }: { type: { text: string; ref: string | null } }) {
  if (!type.ref) return <span className="font-mono text-xs">{type.text}</span>;
  const [before, after] = [type.text.slice(0, type.text.indexOf(type.ref)), type.text.slice(type.text.indexOf(type.ref) + type.ref.length)];
  return (
    <span className="font-mono text-xs">
      {before}
      <a href={`#schema-${type.ref}`} className="text-accent underline">
        {type.ref}
      </a>
      {after}
    </span>
  );
}
