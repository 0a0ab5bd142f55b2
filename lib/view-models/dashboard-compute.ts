// What the dashboard computes once the dataset is in the browser: the engine and the view models over it. Loaded
// with the dataset, after the first paint (components/dashboard/use-dataset.ts), so that the page's first script
// carries neither: the server renders the first view (issue 13: the page's script ≤ 1.3× a bare page's).
export { computeSourceLines, listDashboardCompareOptions, toDashboardHeatmapView } from "./dashboard-view";
export { createDashboardAnswers, listPatchedUrls } from "./dashboard-answers";
