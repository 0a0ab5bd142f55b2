import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { resolveUrlScenario } from "./resolve-url-scenario";

const dataset = getDataset();
const TODAY = "2026-11-25";

describe("resolveUrlScenario", () => {
  it("opens the default regime when the link names none", () => {
    const r = resolveUrlScenario(dataset, {}, TODAY);
    expect(r.scenario.regime).toBe("apr-2025");
    expect(r.notices).toEqual([]);
  });

  it("keeps the valid parameters and reports each bad one", () => {
    const r = resolveUrlScenario(dataset, { regime: "breakdown", threshold: "lots", controlled: "Dy,Qq", reading: "broad" }, TODAY);
    expect(r.scenario.regime).toBe("breakdown");
    expect(r.scenario.reading).toBe("broad");
    expect(r.scenario.outcomes[0]?.deMinimisPct).toBe(0.1);
    expect(r.scenario.outcomes[0]?.controlledElements).toHaveLength(12);
    expect(r.notices.map((n) => n.param).sort()).toEqual(["controlled", "threshold"]);
  });

  it("replaces an unknown regime by the default and says so", () => {
    const r = resolveUrlScenario(dataset, { regime: "no-such" }, TODAY);
    expect(r.scenario.regime).toBe("apr-2025");
    expect(r.notices).toEqual([expect.objectContaining({ param: "regime" })]);
  });

  it("reads an as-of date without a regime", () => {
    const r = resolveUrlScenario(dataset, { asOf: "2025-12-15" }, TODAY);
    expect(r.scenario.regime).toBeNull();
    expect(r.scenario.outcomes[0]?.controlledElements).toEqual(["Sc", "Y", "Sm", "Gd", "Tb", "Dy", "Lu"]);
  });
});
