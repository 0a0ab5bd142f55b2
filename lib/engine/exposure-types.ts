import type { ComponentForm, ElementSymbol } from "../schemas/common";
import type { RouteShares } from "../schemas/product";
import type { RouteKind } from "./rules-kernel";
import type { Lens, Scenario } from "./scenario";
import type { RestrictedStatus, Status } from "./status";

/** A figure under the outcomes a scenario leaves open: low and high are equal when the record decides. */
export type Range = { readonly low: number; readonly high: number };
export type StatusRange = { readonly low: Status; readonly high: Status };

// A result's lists, ranges and nested objects may be shared with other products' results (result-pool.ts): read-only.

export type RouteResult = {
  readonly route: RouteKind;
  /** Share of the component's supply that comes by this route (after the China-share what-if). */
  share: number;
  /** Caught under the low / high outcome. */
  caught: { readonly low: boolean; readonly high: boolean };
  held: boolean;
  drivers: readonly ElementSymbol[];
  note: string;
};

export type ComponentResult = {
  name: string;
  form: ComponentForm;
  massG: number | null;
  /** The documented route default the shares come from, or null for component-specific shares. */
  routeRef: string | null;
  shares: Readonly<RouteShares>;
  routes: readonly RouteResult[];
  /** Share of the component's supply that a control catches. */
  dependence: Range;
};

export type ProductResult = {
  id: string;
  name: string;
  sectorId: string;
  role: "final" | "intermediate";
  unit: string;
  tradedAs: string;
  endUse: "civil" | "dual" | "military";
  advancedSemiconductor: boolean;
  unitValueUsd: number | null;
  annualUnits: number | null;
  unitsScope: string;
  unitsYear: number | null;
  /** A final good whose outside-China units and unit value are known: it adds to its sector's value. */
  counted: boolean;
  annualValueUsd: number | null;
  /** The lens the status follows: the scenario's for final goods; always the border lens for intermediate goods. */
  lens: Lens;
  status: StatusRange;
  drivers: readonly ElementSymbol[];
  /** Dependency lens: share of the product's output that depends on a controlled input (0..1). */
  dependence: Range;
  /** Dependency lens: the same, counting only the routes each element catches. */
  dependenceByElement: Readonly<Partial<Record<ElementSymbol, Range>>>;
  exposedValueUsd: Range | null;
  valueAtRiskUsd: Range | null;
  /** China-origin controlled content as a percentage of the value the 0.1 % test measures against. */
  controlledContentPct: Range | null;
  thresholdBasis: "component" | "product" | null;
  thresholdPct: Range | null;
  /** What the product itself needs at China's border when bought from China as it is traded. */
  border: { readonly status: StatusRange; readonly drivers: readonly ElementSymbol[]; readonly reason: string };
  reason: string;
  components: readonly ComponentResult[];
};

export type SectorBasis = "value" | "count" | "items";

export type SectorResult = {
  id: string;
  name: string;
  /** value: outside-China value of final goods; count: mean over final goods (no volumes); items: border-lens share of items. */
  basis: SectorBasis;
  exposure: Range;
  byStatus: Record<RestrictedStatus, Range>;
  byElement: Partial<Record<ElementSymbol, Range>>;
  valueUsd: number | null;
  exposedValueUsd: Range | null;
  valueAtRiskUsd: Range | null;
  drivers: ElementSymbol[];
  productCount: number;
  finalCount: number;
  /** Final goods that add to the value (outside-China units and unit value known). */
  countedCount: number;
  statusCounts: { low: Record<Status, number>; high: Record<Status, number> };
};

export type ExposureResult = {
  schemaVersion: "2.0";
  datasetVersion: string;
  scenario: Scenario;
  sectors: SectorResult[];
  products: ProductResult[];
  totals: { valueUsd: number; exposedValueUsd: Range; valueAtRiskUsd: Range };
};
