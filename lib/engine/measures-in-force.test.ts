import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { getMeasuresInForce, getOpenMeasures, isInForce, isOpenOnDate } from "./measures-in-force";

const measures = getDataset().measures.measures;
const rare = (ids: string[]) => ids.filter((id) => /^cn-(tech|mofcom)/.test(id) && !id.includes("#")).sort();

describe("isInForce", () => {
  const suspended = { effective: "2025-11-08", suspendedFrom: "2025-11-07", suspendedUntil: "2026-11-10" };
  it.each([
    ["2025-11-01", "as-scheduled", "lapsed", false], // not yet effective
    ["2025-12-01", "as-scheduled", "lapsed", false], // suspended
    ["2026-11-10", "as-scheduled", "lapsed", false], // "until 10 November" runs through that day
    ["2026-11-11", "as-scheduled", "lapsed", true], // the day after: lapsed outcome
    ["2026-11-11", "as-scheduled", "extended", false], // the day after: extended outcome
    ["2026-11-25", "extended", "lapsed", false],
    ["2025-12-01", "ignored", "lapsed", true],
    ["2025-11-07", "ignored", "lapsed", false], // ignoring a suspension does not advance the effective date
  ] as const)("%s under %s, outcome %s → %s", (date, mode, outcome, expected) => {
    expect(isInForce(suspended, date, mode, outcome)).toBe(expected);
  });

  it.each([
    ["lapsed", "2026-11-11", true],
    ["renewed", "2026-11-11", false],
  ] as const)("a recorded %s end decides without an outcome", (after, date, expected) => {
    expect(isInForce({ ...suspended, afterSuspension: after }, date, "as-scheduled", "extended")).toBe(expected);
    expect(isOpenOnDate({ ...suspended, afterSuspension: after }, date, "as-scheduled")).toBe(false);
  });

  it("a practice ends on its last recorded day", () => {
    const practice = { effective: "2025-04-04", endedOn: "2025-06-30" };
    expect(isInForce(practice, "2025-06-30", "as-scheduled")).toBe(true);
    expect(isInForce(practice, "2025-07-01", "as-scheduled")).toBe(false);
  });
});

describe("getMeasuresInForce", () => {
  it("before April 2025: only the technology catalogue and Ann. 46", () => {
    expect(rare(getMeasuresInForce(measures, "2025-04-03", "as-scheduled"))).toEqual(["cn-mofcom-ann46-2024", "cn-tech-catalogue-2023"]);
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

  it("after 10 Nov 2026 the October measures are back only in the lapsed outcome", () => {
    expect(getMeasuresInForce(measures, "2026-11-25", "as-scheduled", "lapsed")).toContain("cn-mofcom-gac-ann57-2025");
    expect(getMeasuresInForce(measures, "2026-11-25", "as-scheduled", "extended")).not.toContain("cn-mofcom-gac-ann57-2025");
    expect(getMeasuresInForce(measures, "2026-11-25", "extended")).not.toContain("cn-mofcom-gac-ann57-2025");
  });
});

describe("getOpenMeasures", () => {
  it.each([
    ["2026-11-10", []],
    ["2026-11-11", ["cn-mofcom-gac-ann55-2025", "cn-mofcom-gac-ann56-2025", "cn-mofcom-gac-ann57-2025", "cn-mofcom-gac-ann58-2025", "cn-mofcom-ann61-2025", "cn-mofcom-ann62-2025"]],
  ] as const)("%s", (date, expected) => {
    expect(rare(getOpenMeasures(measures, date, "as-scheduled"))).toEqual([...expected].sort());
  });

  it("nothing is open when suspensions are read as extended or ignored", () => {
    expect(getOpenMeasures(measures, "2026-12-01", "extended")).toEqual([]);
    expect(getOpenMeasures(measures, "2026-12-01", "ignored")).toEqual([]);
  });
});
