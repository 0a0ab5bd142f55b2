import { describe, expect, it } from "vitest";
import { getLookupTables } from "./get-lookup-tables";
import { lookupCode } from "./lookup-code";
import { toLookupRows } from "./lookup-view";

const label = (f: string) => ({ ndfeb_magnet: "NdFeB magnet", metal: "Metal" })[f] ?? f;

describe("toLookupRows", () => {
  it("writes the matched code, the condition and the status in words", () => {
    const answer = lookupCode({ kind: "customs-code", digits: "850511" }, "2025-06-01", getLookupTables());
    const dy = toLookupRows(answer, label).find((r) => r.id === "1c905.a-pm");
    expect(dy).toMatchObject({
      controlCode: "1C905.a",
      elements: "Dy",
      forms: "NdFeB magnet containing Dy",
      code: "none: composition and description decide",
      state: "in-force",
      status: "in force (since 4 Apr 2025)",
      measureId: "cn-mofcom-gac-ann18-2025",
    });
    expect(dy?.codeDetail).toMatch(/no reference customs code for permanent-magnet materials/);
  });

  it("marks an unconfirmed match and names the tariff line where it is known", () => {
    const answer = lookupCode({ kind: "customs-code", digits: "2805301910" }, "2025-06-01", getLookupTables());
    const rows = toLookupRows(answer, label);
    expect(rows[0]).toMatchObject({ id: "1c902.a-metal", code: "2805301910 (exact)", forms: "Metal" });
    expect(rows[0]?.codeDetail).toMatch(/^Tariff line: Samarium, gadolinium, lutetium/);
    expect(rows.find((r) => r.id === "1c913.a-metal")?.code).toBe("28053019 (under its 8-digit line, unconfirmed)");
  });
});
