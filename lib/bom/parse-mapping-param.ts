import { PART_COLUMNS, type PartColumn, type PartMappingInput } from "../parts/part-columns";
import type { ParamError } from "../scenario/parse-scenario";

/** The template's column names that differ from the parts-list columns, read as the column they are. */
const TEMPLATE_ALIASES: Record<string, PartColumn> = { unit_value_usd: "unit_value", made_in: "origin_country", form: "part_type" };

const EXAMPLE = '{"part_id":"PN","end_use":{"constant":"civil"},"origin_country":{"unknown":true}}';

/**
 * The `mapping` query parameter of POST /api/bom: JSON naming, for each column, the file's header (or "" for none),
 * a value for every row ({"constant": "civil"}) or that it is not known ({"unknown": true}), as the page's mapping
 * step records it. Absent means "match the headers by name".
 */
export function parseMappingParam(raw: string | null): { ok: true; mapping: PartMappingInput } | { ok: false; error: ParamError } {
  if (raw === null) return { ok: true, mapping: {} };
  const fail = (message: string) => ({ ok: false as const, error: { param: "mapping", message } });
  if (raw.length > 8000) return fail("is longer than 8,000 characters");
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return fail(`not JSON: give an object such as ${EXAMPLE}`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return fail(`must be a JSON object of column: choice, such as ${EXAMPLE}`);
  const mapping: PartMappingInput = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const column = (PART_COLUMNS as readonly string[]).includes(key) ? (key as PartColumn) : TEMPLATE_ALIASES[key];
    if (!column) return fail(`unknown column "${key.slice(0, 40)}"; columns: ${PART_COLUMNS.join(", ")}`);
    if (typeof v === "string") {
      if (v.length > 200) return fail(`the header for ${key} is longer than 200 characters`);
      mapping[column] = v;
    } else if (v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 1 && (v as { unknown?: unknown }).unknown === true) {
      mapping[column] = { unknown: true };
    } else if (v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as { constant?: unknown }).constant === "string") {
      const constant = (v as { constant: string }).constant;
      if (constant.trim() === "" || constant.length > 64) return fail(`the constant for ${key} must be 1 to 64 characters`);
      mapping[column] = { constant };
    } else {
      return fail(`the choice for ${key} must be a header name, {"constant": "…"} or {"unknown": true}`);
    }
  }
  return { ok: true, mapping };
}
