import type { ComponentForm, ElementSymbol } from "../schemas/common";
import type { RestrictedStatus, Status } from "./status";
import type { Scenario } from "./scenario";

export type ComponentResult = {
  name: string;
  form: ComponentForm;
  tradedAs: string;
  /** Controlled elements that make the component a licensable item when bought from China. */
  directDrivers: ElementSymbol[];
  /** Controlled elements that catch it under the 0.1 % rule when made abroad from Chinese inputs. */
  extraterritorialDrivers: ElementSymbol[];
  excludedBy: string[];
  /** Share of this component's supply that a control catches (0..1). */
  weight: number;
  /** Value of its controlled content at reference prices; null where a price or a gram figure is missing. */
  controlledContentUsd: number | null;
};

export type ProductResult = {
  id: string;
  name: string;
  sectorId: string;
  endUse: "civil" | "dual" | "military";
  advancedSemiconductor: boolean;
  unitValueUsd: number;
  annualUnits: number | null;
  status: Status;
  drivers: ElementSymbol[];
  /** China-origin controlled content as a percentage of the value the 0.1 % test measures against. */
  controlledContentPct: number | null;
  /** What controlledContentPct is measured against. */
  thresholdBasis: "component" | "product" | null;
  thresholdPct: number | null;
  /** Share of the product's supply a control catches (0..1): the weight of its value at risk. */
  supplyWeight: number;
  annualValueUsd: number | null;
  valueAtRiskUsd: number | null;
  reason: string;
  components: ComponentResult[];
};

export type StatusSplit = Record<RestrictedStatus, { exposure: number; valueAtRiskUsd: number | null }>;

export type SectorResult = {
  id: string;
  name: string;
  /** 0..1: share of the sector's annual value at risk (or of its products, where no volume is known). */
  exposure: number;
  exposureBasis: "annual-value" | "product-count";
  valueUsd: number | null;
  valueAtRiskUsd: number | null;
  byStatus: StatusSplit;
  drivers: ElementSymbol[];
  productCount: number;
  productsWithVolume: number;
  statusCounts: Record<Status, number>;
};

export type ExposureResult = {
  datasetVersion: string;
  scenario: Scenario;
  sectors: SectorResult[];
  products: ProductResult[];
};
