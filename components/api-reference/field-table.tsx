import type { TypeText } from "@/lib/openapi/api-reference-view";
import { CodeText, TypeLink } from "./code-text";

export type FieldRow = { name: string; type: TypeText; description: string; note: string | null; example: string | null };

/**
 * One table for a parameter list and a schema's properties: name (with "required" or "optional"), type linked to its
 * schema, and meaning with an example where the document gives one.
 */
export function FieldTable({ caption, captionHidden, nameHeader, minWidth, rows }: {
  caption: string;
  captionHidden: boolean;
  nameHeader: string;
  minWidth: "min-w-[40rem]" | "min-w-[36rem]";
  rows: FieldRow[];
}) {
  return (
    <div className="overflow-x-auto">
      <table className={`w-full ${minWidth} text-left text-sm`}>
        <caption className={captionHidden ? "sr-only" : "text-left font-medium"}>{caption}</caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-1 pr-3 text-left">{nameHeader}</th>
            <th scope="col" className="py-1 pr-3 text-left">Type</th>
            <th scope="col" className="py-1 text-left">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.name} className="border-b border-border align-top">
              <th scope="row" className="py-1 pr-3 font-mono font-normal">
                {p.name}
                {p.note && <span className="text-xs text-muted"> ({p.note})</span>}
              </th>
              <td className="py-1 pr-3"><TypeLink type={p.type} /></td>
              <td className="py-1">
                <CodeText text={p.description} />
                {p.example !== null && (
                  <span className="text-muted"> Example: <code className="font-mono">{p.example}</code>.</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
