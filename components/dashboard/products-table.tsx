"use client";

import { Fragment, memo } from "react";
import type { Status } from "@/lib/engine/status";
import { STATUS_LABEL, STATUS_ORDER } from "@/lib/format/status-vocabulary";
import type { ProductSortKey, ProductTableQuery } from "@/lib/tables/product-rows";
import { testIds } from "@/lib/test-ids";
import type { CellView, ProductDetailView, ProductsTableView } from "@/lib/view-models/products-table-view";
import { SourceList } from "@/components/sources/source-link";
import type { SourceLookup } from "@/components/ui/chart-frame";
import { FilterSelect } from "@/components/ui/filter-select";
import { StatusRangeBadge } from "./status-badge";

const STATUS_OPTIONS = STATUS_ORDER.map((s) => ({ value: s, label: STATUS_LABEL[s] }));

type Props = {
  table: ProductsTableView;
  sources: SourceLookup;
  onQuery: (q: Partial<ProductTableQuery>) => void;
  onOpen: (id: string | null) => void;
  className?: string;
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

/** A figure, or a muted word with its reason on hover. */
const Cell = ({ cell }: { cell: CellView }) => (cell.missing && cell.why ? <span className="text-muted" title={cell.why}>{cell.text}</span> : <>{cell.text}</>);

/** Memoised: a change that leaves the table's view unchanged does not redraw its rows. */
export const ProductsTable = memo(function ProductsTable({ table, sources, onQuery, onOpen, className = "" }: Props) {
  const { query, rows } = table;
  const sortBy = (key: ProductSortKey) => onQuery({ sort: key, dir: query.sort === key && query.dir === "desc" ? "asc" : "desc" });

  return (
    <section aria-labelledby="products-heading" className={`rounded-lg border border-border bg-card p-4 ${className}`}>
      <h2 id="products-heading" className="text-lg font-semibold">Products</h2>
      <p className="mt-1 text-sm text-muted">
        Every product in the dataset under the current scenario: final goods by the scenario&apos;s lens, inputs (magnets,
        motors, powders) by what they need at China&apos;s border. Open a row for its routes, the reason and the sources.
      </p>
      <div className="mt-3 flex flex-wrap gap-3 text-sm">
        <FilterSelect
          label="Sector"
          testId={testIds.sectorFilter}
          className="max-w-[13rem]"
          value={query.sector}
          allLabel="All sectors"
          options={table.sectors.map((s) => ({ value: s.id, label: s.name }))}
          onChange={(sector) => onQuery({ sector })}
        />
        <FilterSelect<Status>
          label="Status"
          testId={testIds.statusFilter}
          value={query.status}
          allLabel="All statuses"
          options={STATUS_OPTIONS}
          onChange={(status) => onQuery({ status })}
        />
        <span className="self-center text-muted" aria-live="polite">
          {table.countText}
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
            {/* Rows keyed by place, not by product: a toggle or a sort that reorders the products redraws each row
                where it stands instead of moving rows, which made the browser rebuild their layout objects (issue 13).
                A row keeps no state of its own: which product is open is in the URL. */}
            {rows.map((p, place) => {
              const open = table.openProduct === p.id;
              return (
                <Fragment key={place}>
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
                      {p.isInput && <span className="ml-1 text-xs text-muted" title="An input: its status is what it needs at China's border">(input)</span>}
                    </td>
                    <td className="hidden py-2 pr-3 md:table-cell">{p.sector}</td>
                    <td className="hidden py-2 pr-3 lg:table-cell">{p.endUse}</td>
                    <td className="py-2 pr-3 tabular-nums" data-value={p.dependence.high} data-low={p.dependence.low}>
                      <Cell cell={p.dependence} />
                    </td>
                    <td className="py-2 pr-3"><StatusRangeBadge status={p.status} /></td>
                    <td className="py-2 pr-3">{p.drivers}</td>
                    <td className="hidden py-2 pr-3 tabular-nums lg:table-cell" data-value={p.content.high ?? ""}>
                      {p.content.text}
                      {p.content.productBasis && <span className="text-muted" title="Measured against the product's value: the magnet's or target's own value is not in the data"> *</span>}
                    </td>
                    <td className="hidden py-2 pr-3 tabular-nums sm:table-cell" data-value={p.valueAtRisk.high ?? ""}>
                      <Cell cell={p.valueAtRisk} />
                    </td>
                  </tr>
                  {open && table.detail?.id === p.id && <ProductDetail detail={table.detail} sources={sources} />}
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

/** An open product: the reason, what it needs at the border, its figures with their sources, its components and routes. */
function ProductDetail({ detail: d, sources }: { detail: ProductDetailView; sources: SourceLookup }) {
  const figure = (f: ProductDetailView["unitValue"]) => (
    <p className="mt-1 text-xs text-muted">
      {f.text} [{f.confidence}
      {f.sourceIds.length > 0 && <>, <SourceList ids={f.sourceIds} sources={sources} /></>}]: {f.basis}
    </p>
  );
  return (
    <tr id={`detail-${d.id}`} data-testid={testIds.productDetail(d.id)} className="border-b border-border bg-background">
      <td colSpan={COLUMNS.length} className="p-3">
        <p className="font-medium">{d.reason}</p>
        {d.borderLine && <p className="mt-1 text-sm">{d.borderLine}</p>}
        {figure(d.unitValue)}
        {figure(d.annualUnits)}
        <ul className="mt-2 space-y-2">
          {d.components.map((c) => (
            <li key={c.name} className="rounded border border-border p-2">
              <p>{c.line}</p>
              {c.routes.length > 0 && (
                <ul className="mt-1 text-xs">
                  {c.routes.map((r) => (
                    <li key={r.key}>
                      {r.text}
                      <span className="text-muted"> — {r.note}</span>
                    </li>
                  ))}
                  {c.noneLine && <li className="text-muted">{c.noneLine}</li>}
                  {c.routeRef && (
                    <li className="text-muted">
                      Route shares: <a href={`/methodology#route-${c.routeRef}`} className="text-accent underline">{c.routeRef}</a>
                    </li>
                  )}
                </ul>
              )}
              <p className="mt-1 text-xs text-muted">
                {c.confidence}: {c.basis}
              </p>
              {c.sourceIds.length > 0 && (
                <p className="mt-1 text-xs">
                  Sources: <SourceList ids={c.sourceIds} sources={sources} />
                </p>
              )}
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}
