import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { computeDashboardStatics, toDashboardChartsView, toDashboardProductsView } from "./dashboard-details-view";
import { readDashboardUrl } from "./dashboard-url";
import { computeDashboardModel, computeSourceLines, toDashboardHeatmapView } from "./dashboard-view";

const TODAY = "2026-12-02";
const dataset = getDataset();
const statics = computeDashboardStatics(dataset, TODAY);

describe("toDashboardChartsView", () => {
  const url = readDashboardUrl({ regime: "breakdown", controlled: "Dy" });
  const charts = toDashboardChartsView(computeDashboardModel(dataset, url, TODAY), statics);

  it.each([
    ["comparison", "Every sector under every regime", "regime-comparison_breakdown-custom_2026-12-02", true],
    // the timeline reads the same under every scenario: its exports leave the scenario out
    ["timeline", "The measures over time", "measures-timeline_breakdown-custom_2026-12-02", false],
    ["chinaShare", "China's share of mining, separation and magnets", "china-share_breakdown-custom_2026-12-02", true],
  ] as const)("frames the %s chart", (key, title, fileBase, dependent) => {
    const { frame, series } = charts[key];
    expect(frame.title).toBe(title);
    expect(frame.fileBase).toBe(fileBase);
    expect(frame.scenarioDependent).toBe(dependent);
    expect(frame.takeaway).toBe(series.takeaway);
    expect(frame.note).toBe(series.source);
  });

  it("keeps the timeline of the day and the China shares of an unchanged what-if: same objects, charts not redrawn", () => {
    expect(charts.timeline.series).toBe(statics.timeline);
    const other = toDashboardChartsView(computeDashboardModel(dataset, readDashboardUrl({ regime: "breakdown" }), TODAY), statics);
    expect(other.chinaShare.series).toBe(charts.chinaShare.series);
    const whatIf = toDashboardChartsView(computeDashboardModel(dataset, readDashboardUrl({ regime: "breakdown", chinaShare: "Dy:50" }), TODAY), statics);
    expect(whatIf.chinaShare.series).not.toBe(charts.chinaShare.series);
  });

  it("has a line for every source in the register", () => {
    const lines = computeSourceLines(dataset);
    expect(lines.size).toBe(dataset.sources.sources.length);
    for (const id of charts.comparison.frame.sourceIds) expect(lines.has(id)).toBe(true);
  });
});

describe("toDashboardHeatmapView", () => {
  it("frames the heatmap with the scenario's sources, its takeaway and note from the series", () => {
    const model = computeDashboardModel(dataset, readDashboardUrl({ regime: "breakdown", controlled: "Dy" }), TODAY);
    const { frame, series } = toDashboardHeatmapView(model);
    expect(frame.title).toBe("Which element drives which sector");
    expect(frame.fileBase).toBe("element-sector-heatmap_breakdown-custom_2026-12-02");
    expect(frame.scenarioDependent).toBe(true);
    expect(frame.takeaway).toBe(series.takeaway);
    expect(frame.note).toBe(series.source);
    expect(frame.sourceIds.length).toBeGreaterThan(0);
  });
});

describe("toDashboardProductsView", () => {
  it("reads the table's keys from the URL and details the open product", () => {
    const url = readDashboardUrl({ regime: "apr-2025", sector: "defense", sort: "name", dir: "asc", product: "def-f35" });
    const v = toDashboardProductsView(computeDashboardModel(dataset, url, TODAY), statics, url);
    expect(v.query).toEqual({ sector: "defense", status: null, sort: "name", dir: "asc" });
    expect(v.rows.every((r) => r.sector === statics.sectorNames.get("defense"))).toBe(true);
    expect(v.rows.map((r) => r.name)).toEqual([...v.rows.map((r) => r.name)].sort((a, b) => a.localeCompare(b)));
    expect(v.detail?.id).toBe("def-f35");
  });
});
