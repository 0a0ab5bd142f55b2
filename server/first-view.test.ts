import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load-dataset";
import { readDashboardUrl } from "@/lib/view-models/dashboard-url";
import { buildDashboardView } from "@/lib/view-models/dashboard-view";
import { firstDashboardView } from "./first-view";

describe("firstDashboardView", () => {
  it.each([
    ["", "2026-12-02"],
    ["regime=oct-2025&controlled=Dy,Tb&lens=border", "2026-12-02"],
    ["regime=apr-2025", "2025-06-01"],
  ])("gives the view the page would build for ?%s on %s", (search, today) => {
    expect(firstDashboardView(search, today)).toEqual(buildDashboardView(getDataset(), readDashboardUrl(search), today));
  });

  it("keeps a view per query and per day", () => {
    const a = firstDashboardView("regime=apr-2025", "2026-12-02");
    expect(firstDashboardView("regime=apr-2025", "2026-12-02")).toBe(a);
    expect(firstDashboardView("regime=oct-2025", "2026-12-02")).not.toBe(a);
    // A new day is a new key: "as of today" presets move with it.
    expect(firstDashboardView("regime=apr-2025", "2026-12-03")).not.toBe(a);
  });
});
