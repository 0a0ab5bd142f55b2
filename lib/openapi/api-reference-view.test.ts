import { describe, expect, it } from "vitest";
import { buildApiReferenceView, describeType, splitCode } from "./api-reference-view";
import { getOpenApiDocument } from "./openapi-document";

describe("describeType", () => {
  it.each([
    [{ type: "string" }, "string", null],
    [{ type: ["string", "null"] }, "string or null", null],
    [{ type: "number", minimum: 0, maximum: 100 }, "number 0–100", null],
    [{ type: "string", enum: ["a", "b"] }, "one of a, b", null],
    [{ $ref: "#/components/schemas/Scenario" }, "Scenario", "Scenario"],
    [{ type: "array", items: { $ref: "#/components/schemas/SectorResult" } }, "array of SectorResult", "SectorResult"],
    [{ type: "object", propertyNames: { enum: ["Dy", "Tb"] }, additionalProperties: { type: "number" } }, "map of number (keys: Dy, Tb)", null],
    [{ anyOf: [{ $ref: "#/components/schemas/X" }, { type: "null" }] }, "X or null", "X"],
    [{ type: "string", contentMediaType: "application/pdf" }, "bytes (application/pdf)", null],
    [{ const: "2.0" }, '"2.0"', null],
    [{ type: "integer", minimum: -9007199254740991, maximum: 9007199254740991 }, "integer", null],
    [{ type: "object", properties: { low: { type: "number" }, high: { type: "number" } } }, "object { low, high }", null],
    [undefined, "any", null],
  ])("%j → %s", (schema, text, ref) => {
    expect(describeType(schema)).toEqual({ text, ref });
  });
});

describe("buildApiReferenceView", () => {
  const doc = {
    info: { title: "T", version: "1", license: { name: "CC BY 4.0" } },
    paths: {
      "/a": {
        get: {
          operationId: "getA",
          summary: "Get A",
          tags: ["x"],
          parameters: [{ name: "q", in: "query", required: true, schema: { type: "string", description: "the q", example: "z" } }],
          responses: {
            "200": { description: "ok", headers: { "Retry-After": {} }, content: { "application/json": { schema: { $ref: "#/components/schemas/A" } } } },
            "400": { $ref: "#/components/responses/Bad" },
          },
        },
      },
    },
    components: {
      schemas: { A: { type: "object", description: "an A", required: ["id"], properties: { id: { type: "string", description: "its id" }, n: { type: "integer" } } } },
      responses: { Bad: { description: "bad", content: { "application/json": { schema: { type: "object" } } } } },
    },
  };

  it("lists operations with parameters and answers (references resolved) and schemas with properties", () => {
    const v = buildApiReferenceView(doc);
    expect(v.licence).toBe("CC BY 4.0");
    expect(v.operations).toEqual([
      {
        id: "getA",
        method: "GET",
        path: "/a",
        summary: "Get A",
        description: "",
        tag: "x",
        parameters: [{ name: "q", required: true, type: { text: "string", ref: null }, description: "the q", example: "z" }],
        requestBody: [],
        responses: [
          { status: "200", description: "ok", headers: ["Retry-After"], bodies: [{ mediaType: "application/json", type: { text: "A", ref: "A" }, description: "" }] },
          { status: "400", description: "bad", headers: [], bodies: [{ mediaType: "application/json", type: { text: "object", ref: null }, description: "" }] },
        ],
      },
    ]);
    expect(v.schemas).toEqual([
      {
        name: "A",
        description: "an A",
        properties: [
          { name: "id", required: true, type: { text: "string", ref: null }, description: "its id" },
          { name: "n", required: false, type: { text: "integer", ref: null }, description: "" },
        ],
      },
    ]);
  });

  it("covers every operation of the served document, and every schema it names exists", () => {
    const served = getOpenApiDocument() as unknown as Parameters<typeof buildApiReferenceView>[0];
    const v = buildApiReferenceView(served);
    const count = Object.values(served.paths).reduce((n, item) => n + Object.keys(item).length, 0);
    expect(v.operations).toHaveLength(count);
    const names = new Set(v.schemas.map((s) => s.name));
    const refs = [...v.operations.flatMap((o) => [...o.responses.flatMap((r) => r.bodies), ...o.requestBody].map((b) => b.type.ref)), ...v.schemas.flatMap((s) => s.properties.map((p) => p.type.ref))];
    for (const ref of refs) if (ref) expect(names).toContain(ref);
  });
});

describe("splitCode", () => {
  it("puts code spans at odd positions", () => {
    expect(splitCode("a `b` c")).toEqual(["a ", "b", " c"]);
  });
});
