import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { resolveScenario } from "../engine/resolve-scenario";
import { type ControlsView, type RegimeLike, sameControls, samePicker, toControlsView, toRegimePickerView } from "./controls-view";

const dataset = getDataset();
const TODAY = "2026-12-02";

const REGIMES: RegimeLike[] = [
  { id: "a", name: "April 2025", kind: "enacted", effective: "2025-04-04", description: "Ann. 18" },
  { id: "b", name: "Draft", kind: "enacted", effective: null, description: "never in force" },
  { id: "k", name: "Breakdown", kind: "scenario", effective: "2026-11-10", description: "talks fail" },
];

describe("toRegimePickerView", () => {
  it("labels enacted presets with their date and lists scenarios apart", () => {
    const v = toRegimePickerView(REGIMES, "a", "2025-04-04");
    expect(v.enacted).toEqual([
      { id: "a", label: "April 2025 (from 4 Apr 2025)" },
      { id: "b", label: "Draft" },
    ]);
    expect(v.scenarios).toEqual([{ id: "k", label: "Breakdown" }]);
    expect(v.selected).toBe("a");
    expect(v.asOfLabel).toBeNull();
    expect(v.description).toBe("Ann. 18");
  });

  it.each([
    [null, "2025-09-30"],
    ["no-such-preset", "2025-09-30"],
  ])("offers the date itself when no preset is selected (%s)", (selected, asOf) => {
    const v = toRegimePickerView(REGIMES, selected, asOf);
    expect(v.selected).toBeNull();
    expect(v.asOfLabel).toBe("Measures in force on 30 Sep 2025");
    expect(v.description).toBeNull();
  });
});

describe("toControlsView", () => {
  it("shows the preset's rules and the link's entries", () => {
    const s = resolveScenario(dataset, { regime: "apr-2025" }, TODAY);
    const v = toControlsView(s, undefined, { Dy: 50 });
    expect(v).toMatchObject({
      lens: "dependency",
      destination: "us",
      outcome: null, // April 2025 is decided by the record
      friction: null, // not changed: the field shows the preset's as its placeholder
      extraterritorial: "off",
      reading: "annex",
      exclusions: "apply",
      chinaShare: { Dy: 50 },
    });
    expect(v.frictionDefault).toBe(s.frictionPct);
  });

  it.each([
    // the record leaves the suspension's end open: "Show both" unless an outcome is chosen
    [{ regime: "as-of-today" }, "range"],
    [{ regime: "as-of-today", outcome: "lapsed" }, "lapsed"],
    [{ regime: "as-of-today", outcome: "extended" }, "extended"],
  ] as const)("offers the outcome switch where the record is silent: %j → %s", (input, outcome) => {
    expect(toControlsView(resolveScenario(dataset, input, TODAY), undefined, {}).outcome).toBe(outcome);
  });

  it("shows a friction the user set, and the threshold the link gives before the rules'", () => {
    const s = resolveScenario(dataset, { regime: "oct-2025", frictionPct: 40, thresholdPct: 0.5 }, TODAY);
    const v = toControlsView(s, 0.5, {});
    expect(v.friction).toBe(40);
    expect(v.thresholdPct).toBe(0.5);
  });
});

describe("sameControls", () => {
  const base: ControlsView = toControlsView(resolveScenario(dataset, { regime: "apr-2025" }, TODAY), undefined, { Dy: 50 });
  it.each([
    [{}, true],
    [{ chinaShare: { Dy: 50 } }, true], // a new object with the same entries
    [{ chinaShare: { Dy: 40 } }, false],
    [{ chinaShare: { Dy: 50, Tb: 10 } }, false],
    [{ lens: "border" as const }, false],
    [{ thresholdPct: 1 }, false],
  ])("%j → %s", (change, same) => expect(sameControls(base, { ...base, ...change })).toBe(same));
});

describe("samePicker", () => {
  const a = toRegimePickerView(REGIMES, "a", "2025-04-04");
  it.each([
    [toRegimePickerView(REGIMES, "a", "2025-04-04"), true], // rebuilt, same content
    [toRegimePickerView(REGIMES, "k", "2025-04-04"), false],
    [toRegimePickerView(REGIMES, null, "2025-04-04"), false],
    [toRegimePickerView(REGIMES.slice(0, 2), "a", "2025-04-04"), false],
    [toRegimePickerView(REGIMES, "a", "2025-05-01"), false],
  ])("%# → %s", (b, same) => expect(samePicker(a, b)).toBe(same));
});
