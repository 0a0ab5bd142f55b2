import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { getMeasuresInForce, isInForce } from "./measures-in-force";

const measures = getDataset().measures.measures;
const rare = (ids: string[]) =>
  ids.filter((id) => /^cn-(tech|mofcom)/.test(id) && !id.includes("#")).sort();

describe("isInForce", () => {
  const suspended = { effective: "2025-11-08", suspendedFrom: "2025-11-07", suspendedUntil: "2026-11-10" };
  it.each([
    ["2025-11-01", "as-scheduled", false], // not yet effective
    ["2025-12-01", "as-scheduled", false], // suspended
    ["2026-11-09", "as-scheduled", false], // last day of the suspension
    ["2026-11-10", "as-scheduled", true], // suspension over on the recorded date
    ["2026-11-25", "extended", false],
    ["2025-12-01", "ignored", true],
    ["2025-11-07", "ignored", false], // ignoring a suspension does not advance the effective date
  ] as const)("%s under %s -> %s", (date, mode, expected) => {
    expect(isInForce(suspended, date, mode)).toBe(expected);
  });
});

describe("getMeasuresInForce", () => {
  it("before April 2025: only the technology catalogue and Ann. 46", () => {
    expect(rare(getMeasuresInForce(measures, "2025-04-03", "as-scheduled"))).toEqual([
      "cn-mofcom-ann46-2024",
      "cn-tech-catalogue-2023",
    ]);
  });

  it("June 2025: Ann. 18 added", () => {
    expect(rare(getMeasuresInForce(measures, "2025-06-01", "as-scheduled"))).toEqual([
      "cn-mofcom-ann46-2024",
      "cn-mofcom-gac-ann18-2025",
      "cn-tech-catalogue-2023",
    ]);
  });

  it("20 Oct 2025: Ann. 61 re-export part and Ann. 62 bite before the suspension", () => {
    const ids = getMeasuresInForce(measures, "2025-10-20", "as-scheduled");
    expect(ids).toContain("cn-mofcom-ann61-2025#item3");
    expect(ids).not.toContain("cn-mofcom-ann61-2025#item1");
    expect(ids).toContain("cn-mofcom-ann62-2025");
    expect(ids).not.toContain("cn-mofcom-gac-ann57-2025");
  });

  it("15 Dec 2025: the October measures are suspended, Ann. 18 stays", () => {
    const ids = getMeasuresInForce(measures, "2025-12-15", "as-scheduled");
    expect(ids).toContain("cn-mofcom-gac-ann18-2025");
    expect(ids).not.toContain("cn-mofcom-gac-ann57-2025");
    expect(ids).not.toContain("cn-mofcom-ann61-2025");
    expect(ids).toContain("cn-mofcom-ann46-2024#art1");
    expect(ids).not.toContain("cn-mofcom-ann46-2024#art2");
  });

  it("1 Dec 2025 with suspensions ignored: the October measures as announced", () => {
    const ids = getMeasuresInForce(measures, "2025-12-01", "ignored");
    for (const id of ["cn-mofcom-gac-ann57-2025", "cn-mofcom-ann61-2025#item1", "cn-mofcom-ann62-2025"]) {
      expect(ids).toContain(id);
    }
  });

  it("after 10 Nov 2026 on the recorded schedule the October measures are back", () => {
    const ids = getMeasuresInForce(measures, "2026-11-25", "as-scheduled");
    expect(ids).toContain("cn-mofcom-gac-ann57-2025");
    expect(ids).toContain("cn-mofcom-ann61-2025#item1");
    expect(getMeasuresInForce(measures, "2026-11-25", "extended")).not.toContain("cn-mofcom-gac-ann57-2025");
  });
});
