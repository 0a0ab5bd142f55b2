import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { listDestinationRules } from "./destination-rules";

describe("listDestinationRules", () => {
  it("lists the US rule, the samarium practice, Ann. 61 and the Japan rule, by date", () => {
    const rows = listDestinationRules(getDataset());
    expect(rows.map((r) => [r.measureId, r.destination, r.from])).toEqual([
      ["cn-mofcom-ann46-2024#art1", "US", "2024-12-03"],
      ["cn-samarium-military-practice-2025", "ALL", "2025-04-04"],
      ["cn-mofcom-ann61-2025", "ALL", "2025-10-09"],
      ["cn-mofcom-ann1-2026-japan", "JP", "2026-01-06"],
    ]);
  });
});
