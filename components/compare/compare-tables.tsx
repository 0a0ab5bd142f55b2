import { StatusRangeBadge } from "@/components/dashboard/status-badge";
import type { CompareView } from "@/lib/compare/compare-view";
import { testIds } from "@/lib/test-ids";

const TH = "border-b border-border px-2 py-1 text-left font-medium";
const TD = "border-b border-border px-2 py-1 align-top break-words";
const NUM = `${TD} text-right tabular-nums whitespace-nowrap`;
const DIRECTION: Record<CompareView["products"][number]["direction"], string> = { worse: "▲ worse", better: "▼ better", mixed: "◆ mixed" };

/** A table that scrolls inside its own box on a narrow screen, never the page; reachable by keyboard to scroll it. */
function Scroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto">
      {children}
    </div>
  );
}

export function CompareChanges({ changes }: { changes: CompareView["changes"] }) {
  if (changes.length === 0) return <p data-testid={testIds.compareChanges}>Nothing: A and B are the same scenario.</p>;
  return (
    <Scroll label="What changed in the scenario">
      <table data-testid={testIds.compareChanges} className="w-full text-sm">
        <thead>
          <tr>
            <th scope="col" className={TH}>Setting</th>
            <th scope="col" className={TH}>A</th>
            <th scope="col" className={TH}>B</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.label}>
              <th scope="row" className={`${TD} text-left font-medium`}>{c.label}</th>
              <td className={TD}>{c.a}</td>
              <td className={TD}>{c.b}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

export function CompareSectorTable({ sectors }: { sectors: CompareView["sectors"] }) {
  return (
    <Scroll label="Sectors, A and B">
      <table data-testid={testIds.compareSectorTable} className="w-full min-w-[40rem] text-sm">
        <caption className="sr-only">Exposure and value at risk by sector under A and B, and the change (B − A)</caption>
        <thead>
          <tr>
            <th scope="col" className={TH}>Sector</th>
            <th scope="col" className={`${TH} text-right`}>A</th>
            <th scope="col" className={`${TH} text-right`}>B</th>
            <th scope="col" className={`${TH} text-right`}>Change</th>
            <th scope="col" className={`${TH} text-right`}>Value at risk A</th>
            <th scope="col" className={`${TH} text-right`}>Value at risk B</th>
            <th scope="col" className={`${TH} text-right`}>Change</th>
          </tr>
        </thead>
        <tbody>
          {sectors.map((s) => (
            <tr key={s.id} data-testid={testIds.compareSectorRow(s.id)} data-direction={s.direction}>
              <th scope="row" className={`${TD} text-left font-normal`}>{s.name}</th>
              <td className={NUM}>{s.a}</td>
              <td className={NUM}>{s.b}</td>
              <td className={`${NUM} font-semibold`}>{s.change}</td>
              <td className={NUM}>{s.valueAtRiskA}</td>
              <td className={NUM}>{s.valueAtRiskB}</td>
              <td className={NUM}>{s.valueAtRiskChange}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/**
 * The products whose status changes, one row each: name and sector, A → B, and why. A list rather than a table, so a
 * phone shows each product whole; on a wide screen the three parts sit side by side.
 */
export function CompareProducts({ products, unchanged }: { products: CompareView["products"]; unchanged: number }) {
  if (products.length === 0) return <p data-testid={testIds.compareProducts}>None: all {unchanged} products keep their status.</p>;
  return (
    <div data-testid={testIds.compareProducts}>
      <p className="text-sm text-muted">
        {products.length} of {products.length + unchanged} products change status, worse first.
      </p>
      <ul className="mt-1 border-t border-border text-sm">
        {products.map((p) => (
          <li
            key={p.id}
            data-testid={testIds.compareProductRow(p.id)}
            data-direction={p.direction}
            className="grid gap-x-4 gap-y-1 border-b border-border py-2 md:grid-cols-[minmax(0,16rem)_minmax(0,15rem)_minmax(0,1fr)]"
          >
            <div className="min-w-0">
              <p className="font-medium">{p.name}</p>
              <p className="text-muted">{p.sectorName}</p>
            </div>
            <div className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
              {(["a", "b"] as const).map((k) => (
                <span key={k} className="inline-flex items-center gap-1">
                  <span className="text-xs font-semibold text-muted">{k.toUpperCase()}</span>
                  <StatusRangeBadge status={p[k]} />
                </span>
              ))}
              <span className="whitespace-nowrap">{DIRECTION[p.direction]}</span>
            </div>
            <div className="min-w-0">
              <p className="sr-only">Why:</p>
              <ul className="list-disc pl-4">
                {(p.why.length > 0 ? p.why : ["see the reasons"]).map((w) => (
                  <li key={w} className="break-words">{w}</li>
                ))}
              </ul>
              <details className="mt-1">
                <summary className="cursor-pointer text-accent">The rules kernel&apos;s reasons</summary>
                <p className="mt-1 break-words"><strong>A:</strong> {p.reasonA}</p>
                <p className="mt-1 break-words"><strong>B:</strong> {p.reasonB}</p>
              </details>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
