// The page's address as the reader sees it. The dashboard draws a change in the click's own frame and writes the
// address a moment later, when the browser is idle (components/dashboard/use-dashboard-url.ts): a link copied or cited
// in between must still be the one on screen, so the query not yet written is asked for here.

let readPendingSearch: () => string | null = () => null;

/** Registers where the query string not yet written to the address bar is kept (one page-level store at a time). */
export function registerPendingSearch(read: () => string | null): void {
  readPendingSearch = read;
}

/** The full address of the view on screen: the pending query string if a change is not yet written, else the bar's. */
export function currentHref(): string {
  if (typeof window === "undefined") return "";
  const pending = readPendingSearch();
  const { origin, pathname, hash, href } = window.location;
  return pending === null ? href : `${origin}${pathname}${pending}${hash}`;
}
