import type { ReactNode } from "react";

type ChartFrameProps = {
  title: string;
  takeaway: string;
  source: ReactNode;
  /** The same numbers as an accessible table, shown on request. */
  table: ReactNode;
  children: ReactNode;
  testId?: string;
};

/** Title, one-line takeaway, chart, source line and data-table alternative: the frame every chart shares. */
export function ChartFrame({ title, takeaway, source, table, children, testId }: ChartFrameProps) {
  return (
    <figure className="min-w-0 overflow-hidden rounded-lg border border-border bg-card p-4" data-testid={testId}>
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mt-1 text-sm text-muted">{takeaway}</p>
      <div className="mt-3">{children}</div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-accent">Show the data as a table</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
      <figcaption className="mt-3 text-xs text-muted">{source}</figcaption>
    </figure>
  );
}
