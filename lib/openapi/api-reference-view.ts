/**
 * The OpenAPI document as what the /api-reference page shows: operations with their parameters, bodies and answers,
 * and the named schemas with their properties. Pure: the page renders it, a unit test checks it.
 */

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  contentMediaType?: string;
  description?: string;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  example?: unknown;
};

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: JsonSchema };
type MediaTypes = Record<string, { schema?: JsonSchema }>;
type Response = { $ref?: string; description?: string; headers?: Record<string, { description?: string; schema?: JsonSchema }>; content?: MediaTypes };
type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: MediaTypes };
  responses?: Record<string, Response>;
};
export type OpenApiLike = {
  info: { title: string; version: string; summary?: string; description?: string; license?: { name: string; url?: string } };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema>; responses?: Record<string, Response> };
};

/** A type in words, with the named schema it refers to (for a link), if any. */
export type TypeText = { text: string; ref: string | null };

export type ParameterView = { name: string; required: boolean; type: TypeText; description: string; example: string | null };
export type BodyView = { mediaType: string; type: TypeText; description: string };
export type ResponseView = { status: string; description: string; headers: string[]; bodies: BodyView[] };
export type OperationView = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  tag: string;
  parameters: ParameterView[];
  requestBody: BodyView[];
  responses: ResponseView[];
};
export type PropertyView = { name: string; required: boolean; type: TypeText; description: string };
export type SchemaView = { name: string; description: string; properties: PropertyView[] };
export type ApiReferenceView = { title: string; version: string; summary: string; description: string; licence: string | null; operations: OperationView[]; schemas: SchemaView[] };

const METHODS = ["get", "head", "post", "put", "patch", "delete"] as const;
const refName = (ref: string) => ref.split("/").pop() ?? ref;

/** "string", "number 0–100", "one of a, b", "array of Scenario", "string or null"; refs keep their name. */
export function describeType(s: JsonSchema | undefined): TypeText {
  if (!s) return { text: "any", ref: null };
  if (s.$ref) return { text: refName(s.$ref), ref: refName(s.$ref) };
  const alts = s.anyOf ?? s.oneOf;
  if (alts) {
    const parts = alts.map(describeType);
    return { text: parts.map((p) => p.text).join(" or "), ref: parts.find((p) => p.ref)?.ref ?? null };
  }
  if (s.allOf?.length === 1) return describeType(s.allOf[0]);
  if (s.const !== undefined) return { text: JSON.stringify(s.const), ref: null };
  if (s.enum) return { text: `one of ${s.enum.map((v) => String(v)).join(", ")}`, ref: null };
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  const nullable = types.includes("null");
  const main = types.filter((t) => t !== "null");
  if (nullable && main.length === 0) return { text: "null", ref: null };
  let text: string;
  let ref: string | null = null;
  if (main[0] === "array") {
    const item = describeType(s.items);
    text = `array of ${item.text}`;
    ref = item.ref;
  } else if (main[0] === "object" && !s.properties && s.additionalProperties && typeof s.additionalProperties === "object") {
    const value = describeType(s.additionalProperties);
    const keys = s.propertyNames?.enum ? ` (keys: ${s.propertyNames.enum.join(", ")})` : "";
    text = `map of ${value.text}${keys}`;
    ref = value.ref;
  } else if (main[0] === "object" && s.properties) {
    const keys = Object.keys(s.properties);
    text = `object { ${keys.slice(0, 6).join(", ")}${keys.length > 6 ? ", …" : ""} }`;
  } else {
    text = main.join(" or ") || "any";
    if (s.format) text += ` (${s.format})`;
    if (s.contentMediaType) text = `bytes (${s.contentMediaType})`;
    // zod writes an integer's safe-integer bounds; they say nothing to a reader.
    if (s.minimum !== undefined && s.maximum !== undefined && Math.abs(s.maximum) < Number.MAX_SAFE_INTEGER) text += ` ${s.minimum}–${s.maximum}`;
  }
  return { text: nullable ? `${text} or null` : text, ref };
}

function bodiesOf(content: MediaTypes | undefined): BodyView[] {
  return Object.entries(content ?? {}).map(([mediaType, m]) => ({ mediaType, type: describeType(m.schema), description: m.schema?.$ref ? "" : (m.schema?.description ?? "") }));
}

export function buildApiReferenceView(doc: OpenApiLike): ApiReferenceView {
  const responses = doc.components?.responses ?? {};
  const resolve = (r: Response): Response => (r.$ref ? (responses[refName(r.$ref)] ?? r) : r);
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method): OperationView => {
      const op = item[method]!;
      return {
        id: op.operationId ?? `${method}-${path}`,
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? "",
        description: op.description ?? "",
        tag: op.tags?.[0] ?? "",
        parameters: (op.parameters ?? []).map((p) => ({
          name: p.name,
          required: p.required ?? false,
          type: describeType(p.schema),
          description: p.description ?? p.schema?.description ?? "",
          example: p.schema?.example === undefined ? null : String(p.schema.example),
        })),
        requestBody: bodiesOf(op.requestBody?.content),
        responses: Object.entries(op.responses ?? {}).map(([status, raw]) => {
          const r = resolve(raw);
          return { status, description: r.description ?? "", headers: Object.keys(r.headers ?? {}), bodies: bodiesOf(r.content) };
        }),
      };
    }),
  );
  const schemas = Object.entries(doc.components?.schemas ?? {}).map(([name, s]): SchemaView => {
    const required = new Set(s.required ?? []);
    return {
      name,
      description: s.description ?? "",
      properties: Object.entries(s.properties ?? {}).map(([prop, ps]) => ({ name: prop, required: required.has(prop), type: describeType(ps), description: ps.description ?? "" })),
    };
  });
  return {
    title: doc.info.title,
    version: doc.info.version,
    summary: doc.info.summary ?? "",
    description: doc.info.description ?? "",
    licence: doc.info.license?.name ?? null,
    operations,
    schemas,
  };
}

/** Text with `code` spans, split for rendering: odd pieces are code. */
export function splitCode(text: string): string[] {
  return text.split("`");
}
