import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { type DashboardAnswer, createDashboardAnswers, listPatchedUrls } from "./dashboard-answers";
import { type DashboardUrl, readDashboardUrl } from "./dashboard-url";
import { computeDashboardModel, toDashboardView } from "./dashboard-view";

const TODAY = "2026-12-02";
const dataset = getDataset();

/** A store whose compute only counts and labels: what is worked out, and when, is then plain to see. */
function countingStore(limit: number) {
  const computed: string[] = [];
  const store = createDashboardAnswers(dataset, TODAY, {
    limit,
    compute: (_d, url) => {
      computed.push(String(url.regime));
      return { label: String(url.regime) } as unknown as DashboardAnswer;
    },
  });
  return { store, computed };
}
const at = (search: string): DashboardUrl => readDashboardUrl(search);

describe("createDashboardAnswers", () => {
  it("works a scenario out once, whatever the table's sorting or open product", () => {
    const { store, computed } = countingStore(4);
    const a = store.answerFor(at("regime=apr-2025"));
    const b = store.answerFor(at("regime=apr-2025&sort=name&dir=asc&product=ev-motor"));
    expect(b).toBe(a);
    expect(computed).toEqual(["apr-2025"]);
  });

  it("works out each scenario apart: another regime, another element set", () => {
    const { store, computed } = countingStore(4);
    store.answerFor(at("regime=apr-2025"));
    store.answerFor(at("regime=oct-2025"));
    store.answerFor(at("regime=apr-2025&controlled=Dy"));
    expect(computed).toEqual(["apr-2025", "oct-2025", "apr-2025"]);
  });

  // limit 2. Asked: A, B, A (A is now the newer), C → B, the least recently used, goes; A stays.
  it("drops the least recently used answer past its limit", () => {
    const { store, computed } = countingStore(2);
    const [A, B, C] = [at("regime=apr-2025"), at("regime=oct-2025"), at("regime=busan-2025")];
    store.answerFor(A);
    store.answerFor(B);
    store.answerFor(A);
    store.answerFor(C);
    expect([store.has(A), store.has(B), store.has(C)]).toEqual([true, false, true]);
    store.answerFor(A);
    expect(computed).toEqual(["apr-2025", "oct-2025", "busan-2025"]);
  });

  // limit 4. A on screen, its neighbours B and C worked out; the reader goes to B, whose neighbours are A (kept), D, E.
  // missing([A, D, E]) → [D, E], and A counts as used: kept after D and E are added, C (the oldest) goes instead.
  // Order, oldest first: A B C → (B shown) A C B → (missing touches A) C B A → D: C B A D → E: B A D E.
  it("hands back what is left to work out, and keeps the scenario a reader came from", () => {
    const { store, computed } = countingStore(4);
    const [A, B, C, D, E] = ["apr-2025", "oct-2025", "busan-2025", "breakdown", "custom"].map((r) => at(`regime=${r}`)) as [DashboardUrl, DashboardUrl, DashboardUrl, DashboardUrl, DashboardUrl];
    store.answerFor(A);
    for (const u of store.missing([B, C])) store.answerFor(u);
    store.answerFor(B);
    const left = store.missing([A, D, E]);
    expect(left).toEqual([D, E]);
    for (const u of left) store.answerFor(u);
    expect([A, B, C, D, E].map((u) => store.has(u))).toEqual([true, true, false, true, true]);
    expect(computed).toEqual(["apr-2025", "oct-2025", "busan-2025", "breakdown", "custom"]);
  });

  it("keeps what the page would work out at the moment of the click (bundled data)", () => {
    const store = createDashboardAnswers(dataset, TODAY);
    for (const search of ["regime=apr-2025", "regime=apr-2025&controlled=Sm,Gd,Tb,Lu,Sc,Y", "regime=oct-2025&lens=border&destination=jp"]) {
      const url = at(search);
      store.answerFor(url); // kept now, handed back below
      const model = computeDashboardModel(dataset, url, TODAY);
      expect(store.answerFor(url)).toEqual({ model, view: toDashboardView(model) });
    }
  });
});

describe("listPatchedUrls", () => {
  it("applies each patch to the same page: a set key replaces, null removes, other keys stay", () => {
    const urls = listPatchedUrls("regime=apr-2025&sort=name", [{ controlled: "Dy" }, { controlled: null }, { regime: "oct-2025" }]);
    expect(urls.map((u) => [u.regime, u.controlled, u.sort])).toEqual([
      [["apr-2025"], ["Dy"], "name"],
      [["apr-2025"], [], "name"],
      [["oct-2025"], [], "name"],
    ]);
  });

  it("gives the 17 toggles of the element strip 17 distinct scenarios", () => {
    const store = createDashboardAnswers(dataset, TODAY);
    const { view } = store.answerFor(at("regime=apr-2025"));
    const urls = listPatchedUrls("regime=apr-2025", Object.values(view.strip.toggles));
    // 17 rare earths, each toggled once: 17 URLs, none the page's own, no two alike
    expect(urls).toHaveLength(17);
    const keys = new Set(urls.map((u) => JSON.stringify(u.controlled)));
    expect(keys.size).toBe(17);
    expect(keys.has("[]")).toBe(false);
  });
});
