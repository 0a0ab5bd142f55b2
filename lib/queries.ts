import { queryOptions } from "@tanstack/react-query";
import type { Dataset } from "./schemas/dataset";

/**
 * The validated dataset, fetched once per session. The server validated it with the zod schemas when it loaded;
 * the browser does not ship zod to check it again.
 */
export const datasetQueryOptions = queryOptions({
  queryKey: ["dataset"],
  queryFn: async ({ signal }): Promise<Dataset> => {
    const res = await fetch("/api/dataset", { signal });
    if (!res.ok) throw new Error(`The dataset could not be loaded (HTTP ${res.status}).`);
    return (await res.json()) as Dataset;
  },
});
