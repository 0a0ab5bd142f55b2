import type { ParamError } from "../scenario/parse-scenario";
import { BOM_COLUMNS, type BomColumn, type ColumnMapping } from "./bom-columns";

/**
 * The `mapping` query parameter of POST /api/bom: JSON `{"part_id": "PN", …}` naming the file's header for each
 * column, as the page's column-mapping step records it. Absent means "match the headers by name".
 */
export function parseMappingParam(raw: string | null): { ok: true; mapping: ColumnMapping } | { ok: false; error: ParamError } {
  if (raw === null) return { ok: true, mapping: {} };
  const fail = (message: string) => ({ ok: false as const, error: { param: "mapping", message } });
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return fail('not JSON: give an object such as {"part_id":"PN","element":"Metal"}');
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return fail("must be a JSON object of column: header");
  const mapping: ColumnMapping = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (!(BOM_COLUMNS as readonly string[]).includes(k)) return fail(`unknown column "${k.slice(0, 40)}"; columns: ${BOM_COLUMNS.join(", ")}`);
    if (typeof v !== "string" || v.length === 0 || v.length > 200) return fail(`the header for ${k} must be a non-empty string`);
    mapping[k as BomColumn] = v;
  }
  return { ok: true, mapping };
}
