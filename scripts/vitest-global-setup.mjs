// Vitest global setup: bundles the server's worker threads first, so route tests run the heavy jobs as the server does.
import workers from "./build-workers.cjs";

export default async function setup() {
  await workers.buildWorkers();
}
