import type { ReactNode } from "react";

/**
 * The small bordered label every status and action is shown in; `tone` holds its literal Tailwind colour classes
 * (kept literal where the tones are listed, so that Tailwind finds them).
 */
export function Badge({ tone, data, children }: { tone: string; data: Record<`data-${string}`, string>; children: ReactNode }) {
  return (
    <span {...data} className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${tone}`}>
      {children}
    </span>
  );
}
