import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { getMeasureStatus } from "./measure-status";

const measures = getDataset().measures.measures;
const measure = (id: string) => {
  const m = measures.find((x) => x.id === id);
  if (!m) throw new Error(id);
  return m;
};

describe("getMeasureStatus", () => {
  // Ann. 57 in data/measures.json: announced 9 Oct 2025, effective 8 Nov 2025, suspended from 7 Nov 2025 until 10 Nov 2026.
  const ann57 = measure("cn-mofcom-gac-ann57-2025");
  it.each([
    ["2025-10-20", "not-yet-in-force", "not yet in force (effective 8 Nov 2025)"],
    // The suspension began the day before the measure was due: it never applied.
    ["2025-11-07", "suspended", "suspended until 10 Nov 2026 before it took effect (it was due on 8 Nov 2025)"],
    ["2025-11-08", "suspended", "suspended (until 10 Nov 2026)"],
    ["2026-06-01", "suspended", "suspended (until 10 Nov 2026)"],
    // "Until 10 Nov 2026" runs through that day.
    ["2026-11-10", "suspended", "suspended (until 10 Nov 2026)"],
    ["2026-11-11", "not-on-record", /scheduled to end on 10 Nov 2026.*extended.*still suspended.*lapsed.*in force again/],
  ] as const)("Ann. 57 on %s: %s", (asOf, state, text) => {
    const s = getMeasureStatus(ann57, asOf);
    expect(s.state).toBe(state);
    if (typeof text === "string") expect(s.text).toBe(text);
    else expect(s.text).toMatch(text);
  });

  // Ann. 18: effective 4 Apr 2025, never suspended.
  const ann18 = measure("cn-mofcom-gac-ann18-2025");
  it.each([
    ["2025-04-03", "not-yet-in-force"],
    ["2025-04-04", "in-force"],
    ["2026-12-02", "in-force"],
  ] as const)("Ann. 18 on %s: %s", (asOf, state) => {
    expect(getMeasureStatus(ann18, asOf).state).toBe(state);
  });

  // Ann. 61: effective 9 Oct 2025 (its re-export limb), suspended from 7 Nov 2025: in force for four weeks.
  it.each([
    ["2025-10-09", "in-force"],
    ["2025-11-06", "in-force"],
    ["2025-11-07", "suspended"],
  ] as const)("Ann. 61 on %s: %s", (asOf, state) => {
    expect(getMeasureStatus(measure("cn-mofcom-ann61-2025"), asOf).state).toBe(state);
  });

  it("a suspension without a recorded end stays a suspension", () => {
    expect(getMeasureStatus({ effective: "2025-01-01", suspendedFrom: "2025-02-01", suspendedUntil: null }, "2030-01-01")).toMatchObject({
      state: "suspended",
      text: "suspended (since 1 Feb 2025, no end on record)",
    });
  });
});
