import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { makeHandDataset } from "../engine/test-fixture";
import { readDashboardUrl } from "./dashboard-url";
import { CAPTION_SOURCE_IDS } from "./chart-frame-view";
import { buildDashboardView, computeDashboardModel, listDashboardCompareOptions, toDashboardView } from "./dashboard-view";

const TODAY = "2026-12-02";

describe("buildDashboardView (bundled data)", () => {
  const dataset = getDataset();
  const view = (params: Record<string, string | string[]>) => buildDashboardView(dataset, readDashboardUrl(params), TODAY);

  it("opens the default regime for a bare link and spells its scenario out", () => {
    const v = view({});
    // apr-2025's date is 1 Jun 2025 (data/regimes.json)
    expect(v.summary.context).toBe("April 2025 (Ann. 18) · as of 2025-06-01 · dependency lens · buyer in the US");
    expect(v.query).toBe("regime=apr-2025&asOf=2025-06-01");
    expect(v.sector.frame.fileBase).toBe("sector-exposure_apr-2025_2025-06-01");
    expect(v.sector.frame.takeaway).toBe(v.summary.headline);
    expect(v.picker.selected).toBe("apr-2025");
    expect(v.notices).toEqual([]);
  });

  it("names what it changed, the buyer, and the border lens's own value-at-risk line", () => {
    const v = view({ regime: "oct-2025", controlled: "Dy", lens: "border", destination: "jp" });
    expect(v.summary.context).toBe("October 2025 as announced · as of 2025-12-01 · border lens · buyer in Japan · changed: controlledElements");
    expect(v.summary.valueAtRisk).toBe("Border lens: what each item needs when bought from China; value at risk is a dependency-lens figure.");
    expect(v.sector.frame.fileBase).toBe("sector-exposure_oct-2025-custom_2025-12-01");
    expect(v.sector.frame.note).toMatch(/^Border lens: share of each sector's traded items/);
  });

  it("reports a bad parameter and shows the default in its place", () => {
    const v = view({ regime: "breakdown", threshold: "lots" });
    expect(v.notices.map((n) => n.param)).toEqual(["threshold"]);
    expect(v.picker.selected).toBe("breakdown");
  });

  it("carries a line for each source the sector chart's caption names, and no more", () => {
    const v = view({ regime: "apr-2025" });
    expect(v.scenarioSourceIds.length).toBeGreaterThan(CAPTION_SOURCE_IDS);
    expect(Object.keys(v.sourceLines)).toEqual(v.scenarioSourceIds.slice(0, CAPTION_SOURCE_IDS));
    for (const line of Object.values(v.sourceLines)) expect(line.length).toBeGreaterThan(0);
  });

  it("keeps the sources of a scenario whose preset and measures are unchanged (a toggle)", () => {
    const a = view({ regime: "apr-2025" });
    const b = view({ regime: "apr-2025", controlled: "Dy" });
    expect(b.scenarioSourceIds).toBe(a.scenarioSourceIds);
    expect(view({ regime: "oct-2025" }).scenarioSourceIds).not.toEqual(a.scenarioSourceIds);
  });

  it("is the same on the server and in the browser but for the tiles' tooltips: plain data, built alike from the same URL", () => {
    const url = readDashboardUrl({ regime: "as-of-today", chinaShare: "Dy:50" });
    const a = buildDashboardView(dataset, url, TODAY);
    const b = toDashboardView(computeDashboardModel(dataset, url, TODAY));
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    // The server's first view carries no tooltip (the strip is disabled until the dataset is in); the browser's does.
    expect(a.strip.tiles.map((t) => t.tip)).toEqual(Array(17).fill(null));
    expect(b.strip.tiles.every((t) => typeof t.tip === "string" && t.tip.length > 0)).toBe(true);
    expect({ ...b, strip: { ...b.strip, tiles: b.strip.tiles.map((t) => ({ ...t, tip: null })) } }).toEqual(a);
  });
});

describe("buildDashboardView (hand dataset)", () => {
  it("heads the page and the sector chart with the summary's sentence", () => {
    const v = buildDashboardView(makeHandDataset(), readDashboardUrl({ asOf: "2025-08-01" }), TODAY);
    // lib/charts/summarise-result.test.ts works this sentence out
    expect(v.summary.headline).toBe(
      "3 of 10 sectors depend on a controlled input; most at risk: Industrial (robots, lasers, catalysts, glass), 83 % of its output made outside China, through Y, Dy, Sm ($91.7K a year at risk).",
    );
    expect(v.summary.context).toBe("Measures in force on 2025-08-01 · as of 2025-08-01 · dependency lens · buyer in the US");
    // industrial's row first: the most value at risk
    expect(v.sector.rows[0]?.sectorId).toBe("industrial");
    expect(v.sector.frame.data.rowKeys).toEqual(v.sector.rows.map((r) => r.sectorId));
  });
});

describe("listDashboardCompareOptions", () => {
  const dataset = getDataset();
  it.each([
    // The URL's scenario is A: a bare link is April 2025, so April is not offered as a preset, the other presets are.
    [{}, "apr-2025"],
    [{ regime: "oct-2025" }, "oct-2025"],
  ])("offers every other preset for %j and puts the page's scenario first", (params, onScreen) => {
    const model = computeDashboardModel(dataset, readDashboardUrl(params), TODAY);
    const options = listDashboardCompareOptions(model);
    const presets = options.filter((o) => o.group === "preset").map((o) => o.id);
    expect(presets).toEqual(dataset.regimes.regimes.map((r) => r.id).filter((id) => id !== onScreen));
    const first = new URLSearchParams(options[0]?.href.split("?")[1]).get("a");
    expect(first).toBe(toDashboardView(model).query);
  });
});
