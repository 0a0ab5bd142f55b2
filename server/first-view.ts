import { getDataset } from "@/lib/data/load-dataset";
import { LruCache } from "@/lib/http/lru-cache";
import { readDashboardUrl } from "@/lib/view-models/dashboard-url";
import { buildDashboardView, type DashboardView } from "@/lib/view-models/dashboard-view";

// Most visits open a few links (the page itself, the presets, links passed around): their first view is kept, as
// /api/exposure keeps its answers, so that the server's time to the first byte is rendering, not the engine (issue 13:
// the page's LCP). A view is plain data that nothing mutates; the key holds the day, so a new day makes new views.
const views = new LruCache<DashboardView>(64);

/** The dashboard's first view for a page's query string, on the bundled dataset, as of `today`. */
export function firstDashboardView(search: string, today: string): DashboardView {
  const dataset = getDataset();
  const key = `${dataset.meta.version}|${today}|${search}`;
  let view = views.get(key);
  if (view === undefined) {
    view = buildDashboardView(dataset, readDashboardUrl(search), today);
    views.set(key, view);
  }
  return view;
}
