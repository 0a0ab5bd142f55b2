import { describe, expect, it } from "vitest";
import { makeTestBomReport } from "./bom-report-fixture";
import { bomReportFileName, sha256HexBytes } from "./build-bom-report";

describe("sha256HexBytes", () => {
  it.each([
    // FIPS 180-2 test vectors.
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
  ])("%j", async (text, hex) => {
    expect(await sha256HexBytes(new TextEncoder().encode(text))).toBe(hex);
  });
});

describe("buildBomReport", () => {
  it("assembles scenario, file, parts, summary and errors", async () => {
    const r = await makeTestBomReport();
    expect(r.reportVersion).toBe("1.0");
    expect(r.title).toBe("Bill of materials under rare-earth export controls: Breakdown");
    expect(r.scenario.regime).toBe("breakdown");
    // the preset and its date; the controlled set travels only when the user changed it
    expect(r.scenarioQuery).toMatch(/^regime=breakdown&asOf=\d{4}-\d{2}-\d{2}$/);
    expect(r.file).toMatchObject({ bytes: expect.any(Number), rows: 9, name: "bom.csv" });
    expect(r.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.parts).toHaveLength(5);
    expect(r.summary.parts).toBe(5);
    expect(r.errors).toEqual([]);
    expect(r.columns.part_id).toBe("part_id");
  });

  it("keeps row errors and parts that could not be computed", async () => {
    const r = await makeTestBomReport("part_id,unit_value_usd,element,grams_per_unit,form,china_origin_share,end_use,made_in\nA,1,Dy,-1,alloy,1,civil,china\nB,1,Dy,1,alloy,1,civil,china");
    expect(r.errorCount).toBe(1);
    expect(r.errors[0]).toEqual({ row: 2, column: "grams_per_unit", message: '"-1" is negative' });
    expect(r.unprocessedParts).toEqual([{ partId: "A", errorRows: [2] }]);
    expect(r.parts.map((p) => p.partId)).toEqual(["B"]);
  });

  it("names files after the scenario, its date and the file's hash", async () => {
    const r = await makeTestBomReport();
    expect(bomReportFileName(r, "csv")).toBe(`rare-earth-bom_breakdown_2026-11-25_${r.file.sha256.slice(0, 8)}.csv`);
  });
});
