import type { ChartTable } from "../chart-data/chart-table";

// Apart from dashboard-view.ts, which computes with the engine: components/ui/chart-frame needs these on the first
// load, the engine comes with the dataset (components/dashboard/use-dataset.ts).

/** What a chart's frame shows around it: title, takeaway, method note, figures (Table tab, CSV) and sources. */
export type ChartFrameView = {
  title: string;
  takeaway: string;
  note: string;
  fileBase: string;
  data: ChartTable;
  sourceIds: string[];
  /** A chart that reads the same under every scenario (the timeline) does not print the scenario on its exports. */
  scenarioDependent: boolean;
};

/** Source ids the line under a chart names before "and N more" (components/ui/chart-frame). */
export const CAPTION_SOURCE_IDS = 8;
