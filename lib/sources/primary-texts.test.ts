import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import type { Source } from "../schemas/source";
import { listPrimaryTexts } from "./primary-texts";

const src = (id: string, original?: Source["original"]): Source =>
  ({ id, register: "fact-base", publisher: "p", title: null, description: null, date: null, urls: [], confidence: null, confidenceBasis: null, citation: "c", ...(original ? { original } : {}) }) as Source;

describe("listPrimaryTexts", () => {
  it("gathers the sources that stand in for one original, oldest original first, and skips originals it cannot identify", () => {
    const ann61 = { relation: "translation", publisher: "MOFCOM", title: "Ann. 61", date: "2025-10-09", identifier: "Ann. 61", url: "https://mofcom.example/61" } as const;
    const crs = { relation: "mirror", publisher: "CRS", title: "Report", date: "2013-12-23", identifier: "CRS R41744", url: null } as const;
    const wire = { relation: "restatement", publisher: "Reuters", title: null, url: null } as const;
    const list = listPrimaryTexts([src("S49", ann61), src("S1"), src("S173", crs), src("S50", ann61), src("S28", wire), src("R73", crs)]);
    expect(list.map((p) => [p.original.identifier, p.standIns])).toEqual([
      ["CRS R41744", ["S173", "R73"]],
      ["Ann. 61", ["S49", "S50"]],
    ]);
  });

  it("lists the MOFCOM texts of Ann. 18 and 61 with their official links in the bundled register", () => {
    const list = listPrimaryTexts(getDataset().sources.sources);
    const withUrl = list.filter((p) => p.original.url?.includes("mofcom.gov.cn")).map((p) => p.original.identifier);
    expect(withUrl).toEqual(["MOFCOM/GAC Ann. 18 (2025)", "MOFCOM Ann. 61 (2025)"]);
  });
});
