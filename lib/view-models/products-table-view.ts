import type { ProductResult, StatusRange } from "../engine/exposure-types";
import { formatCurrency, formatDecimal, formatInteger, formatPct, formatPercent, formatShareRangeShort, formatUsdRangeShort } from "../format/format-number";
import type { Dataset } from "../schemas/dataset";
import type { Product } from "../schemas/product";
import { type ProductTableQuery, selectProductRows } from "../tables/product-rows";

/** A cell that may hold no figure: the text shown, or a short word with the reason in its tooltip. */
export type CellView = { text: string; missing: boolean; why: string | null };

export type ProductRowView = {
  id: string;
  name: string;
  isInput: boolean;
  sector: string;
  endUse: string;
  status: StatusRange;
  dependence: CellView & { low: number; high: number };
  drivers: string;
  content: CellView & { high: number | null; productBasis: boolean };
  valueAtRisk: CellView & { high: number | null };
};

export type FigureView = { text: string; confidence: string; sourceIds: string[]; basis: string };

export type RouteLineView = { key: string; text: string; note: string };

export type ComponentView = {
  name: string;
  /** "Magnets, ndfeb magnet: Dy 1.20 g, Nd 450 g in 2,000 g — dependence 12 %" */
  line: string;
  routes: RouteLineView[];
  /** "12 % no China-origin material", when some supply has none. */
  noneLine: string | null;
  routeRef: string | null;
  confidence: string;
  basis: string;
  sourceIds: string[];
};

export type ProductDetailView = {
  id: string;
  reason: string;
  /** Dependency lens: what the product needs at China's border when bought as traded. */
  borderLine: string | null;
  unitValue: FigureView;
  annualUnits: FigureView;
  components: ComponentView[];
};

export type ProductsTableView = {
  sectors: { id: string; name: string }[];
  query: ProductTableQuery;
  rows: ProductRowView[];
  /** "12 of 67 products" */
  countText: string;
  openProduct: string | null;
  detail: ProductDetailView | null;
};

const ROUTE_LABEL = { listed: "listed item from China", assembly: "inside an assembly from China", madeOutside: "made outside China" } as const;
const share = (x: number) => formatPercent(x * 100, { maximumFractionDigits: 1 });
const words = (token: string) => token.replaceAll("_", " ");

function toRowView(p: ProductResult, sectorNames: ReadonlyMap<string, string>): ProductRowView {
  const input = p.role === "intermediate";
  return {
    id: p.id,
    name: p.name,
    isInput: input,
    sector: sectorNames.get(p.sectorId) ?? "",
    endUse: `${p.endUse}${p.advancedSemiconductor ? ", advanced node" : ""}`,
    status: p.status,
    dependence: {
      ...(p.lens === "border"
        ? { text: "—", missing: true, why: "Inputs and the border lens have no dependence figure" }
        : { text: formatShareRangeShort(p.dependence), missing: false, why: null }),
      low: p.dependence.low,
      high: p.dependence.high,
    },
    drivers: p.drivers.join(", ") || "—",
    content: {
      text: formatPct(p.controlledContentPct?.high ?? null),
      missing: p.controlledContentPct === null,
      why: null,
      high: p.controlledContentPct?.high ?? null,
      productBasis: p.thresholdBasis === "product",
    },
    valueAtRisk:
      p.valueAtRiskUsd !== null
        ? { text: formatUsdRangeShort(p.valueAtRiskUsd), missing: false, why: null, high: p.valueAtRiskUsd.high }
        : {
            text: input ? "input" : "n/a",
            missing: true,
            why: input ? "An input never adds to a sector's value" : "No outside-China volume or unit value on record",
            high: null,
          },
  };
}

function toComponentView(c: Product["components"][number], r: ProductResult["components"][number] | undefined, lens: ProductResult["lens"]): ComponentView {
  const elements = c.elements.map((e) => `${e.symbol} ${e.grams === null ? "? (not found)" : `${formatDecimal(e.grams, { significantDigits: 3 })} g`}`).join(", ");
  const mass = c.massG !== null ? ` in ${formatInteger(c.massG)} g` : "";
  const dependence = r && lens === "dependency" ? ` — dependence ${formatShareRangeShort(r.dependence)}` : "";
  return {
    name: c.name,
    line: `${c.name}, ${words(c.form)}: ${elements}${mass}${dependence}`,
    routes: (r?.routes ?? []).map((route) => ({
      key: route.route,
      text: `${share(route.share)} ${ROUTE_LABEL[route.route]}: ${
        route.caught.low === route.caught.high ? (route.caught.high ? (route.held ? "held" : "caught") : "not caught") : "caught only if the suspension lapsed"
      }`,
      note: route.note,
    })),
    noneLine: r && r.shares.none > 0 ? `${share(r.shares.none)} no China-origin material` : null,
    routeRef: r?.routeRef ?? null,
    confidence: c.confidence,
    basis: c.basis,
    sourceIds: c.sourceIds,
  };
}

function toDetailView(p: ProductResult, data: Product): ProductDetailView {
  const uv = data.unitValueUsd;
  const au = data.annualUnits;
  return {
    id: p.id,
    reason: p.reason,
    borderLine: p.lens === "dependency" ? `At China's border, bought as traded (${words(p.tradedAs)}): ${p.border.reason}` : null,
    unitValue: {
      text: `Unit value ${uv.value === null ? "not found" : formatCurrency(uv.value)}${uv.year ? ` (${uv.year})` : ""}`,
      confidence: uv.confidence,
      sourceIds: uv.sourceIds,
      basis: uv.basis,
    },
    annualUnits: {
      text: `Units a year ${au.value === null ? "not found" : formatInteger(au.value)} (made ${au.scope.replace("-", " ")}${au.year ? `, ${au.year}` : ""})`,
      confidence: au.confidence,
      sourceIds: au.sourceIds,
      basis: au.basis,
    },
    components: data.components.map((c, i) => toComponentView(c, p.components[i], p.lens)),
  };
}

/** The products table under a scenario: filtered and sorted rows as printed, and the open product's detail. */
export function toProductsTableView(
  dataset: Dataset,
  products: readonly ProductResult[],
  query: ProductTableQuery,
  openProduct: string | null,
  sectorNames: ReadonlyMap<string, string>,
): ProductsTableView {
  const selected = selectProductRows(products, sectorNames, query);
  const open = openProduct === null ? undefined : selected.find((p) => p.id === openProduct);
  const data = open ? dataset.products.products.find((p) => p.id === open.id) : undefined;
  return {
    sectors: dataset.products.sectors.map((s) => ({ id: s.id, name: s.name })),
    query,
    rows: selected.map((p) => toRowView(p, sectorNames)),
    countText: `${selected.length} of ${products.length} products`,
    openProduct,
    detail: open && data ? toDetailView(open, data) : null,
  };
}
