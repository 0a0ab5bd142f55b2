"use client";

import { Fragment, memo } from "react";
import type { ProductResult } from "@/lib/engine/exposure-types";
import { STATUSES, type Status } from "@/lib/engine/status";
import { formatPct, formatShareRangeShort, formatUsdRangeShort } from "@/lib/format/format-number";
import type { Dataset } from "@/lib/schemas/dataset";
import type { ProductSortKey, ProductTableQuery } from "@/lib/tables/product-rows";
import { testIds } from "@/lib/test-ids";
import { SourceList } from "@/components/sources/source-link";
import { StatusRangeBadge, statusLabel } from "./status-badge";

type Props = {
  rows: ProductResult[];
  total: number;
  dataset: Dataset;
  query: ProductTableQuery;
  openProduct: string | null;
  onQuery: (q: Partial<ProductTableQuery>) => void;
  onOpen: (id: string | null) => void;
};

const COLUMNS: { key: ProductSortKey | null; label: string; className?: string }[] = [
  { key: "name", label: "Product" },
  { key: "sector", label: "Sector", className: "hidden md:table-cell" },
  { key: null, label: "End use", className: "hidden lg:table-cell" },
  { key: "dependence", label: "Depends" },
  { key: "status", label: "Status" },
  { key: null, label: "Drivers" },
  { key: "content", label: "0.1 % content", className: "hidden lg:table-cell" },
  { key: "valueAtRisk", label: "Value at risk / yr", className: "hidden sm:table-cell" },
];

const ROUTE_LABEL = { listed: "listed item from China", assembly: "inside an assembly from China", madeOutside: "made outside China" } as const;
const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;


/** Memoised: a toggle that leaves the rows unchanged (e.g. opening a chart table) does not redraw 50 rows. */
export const ProductsTable = memo(function ProductsTable({ rows, total, dataset, query, openProduct, onQuery, onOpen }: Props) {
  const sectorName = new Map(dataset.products.sectors.map((s) => [s.id, s.name]));
  const productById = new Map(dataset.products.products.map((p) => [p.id, p]));
  const sourceById = new Map(dataset.sources.sources.map((s) => [s.id, s]));

  const sortBy = (key: ProductSortKey) =>
    onQuery({ sort: key, dir: query.sort === key && query.dir === "desc" ? "asc" : "desc" });

  return (
    <section aria-labelledby="products-heading" className="rounded-lg border border-border bg-card p-4">
      <h2 id="products-heading" className="text-lg font-semibold">Products</h2>
      <p className="mt-1 text-sm text-muted">
        Every product in the dataset under the current scenario: final goods by the scenario&apos;s lens, inputs (magnets,
        motors, powders) by what they need at China&apos;s border. Open a row for its routes, the reason and the sources.
      </p>
      <div className="mt-3 flex flex-wrap gap-3 text-sm">
        <label className="flex items-center gap-1">
          Sector
          <select
            data-testid={testIds.sectorFilter}
            className="max-w-[13rem] rounded border border-border bg-card p-1"
            value={query.sector ?? ""}
            onChange={(e) => onQuery({ sector: e.target.value || null })}
          >
            <option value="">All sectors</option>
            {dataset.products.sectors.map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1">
          Status
          <select
            data-testid={testIds.statusFilter}
            className="rounded border border-border bg-card p-1"
            value={query.status ?? ""}
            onChange={(e) => onQuery({ status: (e.target.value || null) as Status | null })}
          >
            <option value="">All statuses</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>{statusLabel(s)}</option>
            ))}
          </select>
        </label>
        <span className="self-center text-muted" aria-live="polite">
          {rows.length} of {total} products
        </span>
      </div>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid={testIds.productsTable}>
          <thead className="border-b border-border">
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.label}
                  scope="col"
                  className={`py-2 pr-3 font-semibold ${c.className ?? ""}`}
                  aria-sort={c.key && query.sort === c.key ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
                >
                  {c.key ? (
                    <button type="button" className="font-semibold underline-offset-2 hover:underline" onClick={() => sortBy(c.key!)}>
                      {c.label}
                      {query.sort === c.key ? (query.dir === "asc" ? " ▲" : " ▼") : ""}
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => {
              const open = openProduct === p.id;
              const data = productById.get(p.id);
              return (
                <Fragment key={p.id}>
                  <tr className="border-b border-border align-top" data-testid={testIds.productRow(p.id)} data-status={p.status.high} data-status-low={p.status.low}>
                    <td className="py-2 pr-3">
                      <button
                        type="button"
                        aria-expanded={open}
                        aria-controls={`detail-${p.id}`}
                        className="text-left text-accent underline-offset-2 hover:underline"
                        onClick={() => onOpen(open ? null : p.id)}
                      >
                        {p.name}
                      </button>
                      {p.role === "intermediate" && <span className="ml-1 text-xs text-muted" title="An input: its status is what it needs at China's border">(input)</span>}
                    </td>
                    <td className="hidden py-2 pr-3 md:table-cell">{sectorName.get(p.sectorId)}</td>
                    <td className="hidden py-2 pr-3 lg:table-cell">
                      {p.endUse}
                      {p.advancedSemiconductor ? ", advanced node" : ""}
                    </td>
                    <td className="py-2 pr-3 tabular-nums" data-value={p.dependence.high} data-low={p.dependence.low}>
                      {p.lens === "border" ? <span className="text-muted" title="Inputs and the border lens have no dependence figure">—</span> : formatShareRangeShort(p.dependence)}
                    </td>
                    <td className="py-2 pr-3"><StatusRangeBadge status={p.status} /></td>
                    <td className="py-2 pr-3">{p.drivers.join(", ") || "—"}</td>
                    <td className="hidden py-2 pr-3 tabular-nums lg:table-cell" data-value={p.controlledContentPct?.high ?? ""}>
                      {p.controlledContentPct === null ? "—" : formatPct(p.controlledContentPct.high)}
                      {p.thresholdBasis === "product" && <span className="text-muted" title="Measured against the product's value: the magnet's or target's own value is not in the data"> *</span>}
                    </td>
                    <td className="hidden py-2 pr-3 tabular-nums sm:table-cell" data-value={p.valueAtRiskUsd?.high ?? ""}>
                      {p.valueAtRiskUsd !== null ? (
                        formatUsdRangeShort(p.valueAtRiskUsd)
                      ) : (
                        <span className="text-muted" title={p.role === "intermediate" ? "An input never adds to a sector's value" : "No outside-China volume or unit value on record"}>
                          {p.role === "intermediate" ? "input" : "n/a"}
                        </span>
                      )}
                    </td>
                  </tr>
                  {open && data && (
                    <tr id={`detail-${p.id}`} data-testid={testIds.productDetail(p.id)} className="border-b border-border bg-background">
                      <td colSpan={COLUMNS.length} className="p-3">
                        <p className="font-medium">{p.reason}</p>
                        {p.lens === "dependency" && <p className="mt-1 text-sm">At China&apos;s border, bought as traded ({p.tradedAs.replaceAll("_", " ")}): {p.border.reason}</p>}
                        <p className="mt-1 text-xs text-muted">
                          Unit value {data.unitValueUsd.value === null ? "not found" : `$${data.unitValueUsd.value.toLocaleString("en-US")}`}
                          {data.unitValueUsd.year ? ` (${data.unitValueUsd.year})` : ""} [{data.unitValueUsd.confidence}
                          {data.unitValueUsd.sourceIds.length > 0 && <>, <SourceList ids={data.unitValueUsd.sourceIds} sources={sourceById} /></>}]: {data.unitValueUsd.basis}
                        </p>
                        <p className="mt-1 text-xs text-muted">
                          Units a year {data.annualUnits.value === null ? "not found" : data.annualUnits.value.toLocaleString("en-US")} (made {data.annualUnits.scope.replace("-", " ")}
                          {data.annualUnits.year ? `, ${data.annualUnits.year}` : ""}) [{data.annualUnits.confidence}
                          {data.annualUnits.sourceIds.length > 0 && <>, <SourceList ids={data.annualUnits.sourceIds} sources={sourceById} /></>}]: {data.annualUnits.basis}
                        </p>
                        <ul className="mt-2 space-y-2">
                          {data.components.map((c, i) => {
                            const r = p.components[i];
                            return (
                              <li key={c.name} className="rounded border border-border p-2">
                                <p>
                                  <span className="font-medium">{c.name}</span>, {c.form.replaceAll("_", " ")}:{" "}
                                  {c.elements.map((e) => `${e.symbol} ${e.grams === null ? "? (not found)" : `${e.grams.toPrecision(3)} g`}`).join(", ")}
                                  {c.massG !== null && ` in ${c.massG.toLocaleString("en-US")} g`}
                                  {r && p.lens === "dependency" && ` — dependence ${formatShareRangeShort(r.dependence)}`}
                                </p>
                                {r && (
                                  <ul className="mt-1 text-xs">
                                    {r.routes.map((route) => (
                                      <li key={route.route}>
                                        {pct(route.share)} {ROUTE_LABEL[route.route]}:{" "}
                                        {route.caught.low === route.caught.high ? (route.caught.high ? (route.held ? "held" : "caught") : "not caught") : "caught only if the suspension lapsed"}
                                        <span className="text-muted"> — {route.note}</span>
                                      </li>
                                    ))}
                                    {r.shares.none > 0 && <li className="text-muted">{pct(r.shares.none)} no China-origin material</li>}
                                    {r.routeRef && (
                                      <li className="text-muted">
                                        Route shares: <a href={`/methodology#route-${r.routeRef}`} className="text-accent underline">{r.routeRef}</a>
                                      </li>
                                    )}
                                  </ul>
                                )}
                                <p className="mt-1 text-xs text-muted">
                                  {c.confidence}: {c.basis}
                                </p>
                                {c.sourceIds.length > 0 && (
                                  <p className="mt-1 text-xs">
                                    Sources: <SourceList ids={c.sourceIds} sources={sourceById} />
                                  </p>
                                )}
                              </li>
                            );
                          })}
                        </ul>
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-muted">* measured against the product&apos;s value: the magnet&apos;s or target&apos;s own value is not in the data (an under-estimate).</p>
    </section>
  );
});
