/** Stable selectors shared by components and e2e specs. */
export const testIds = {
  sectorChart: "sector-exposure-chart",
  sectorTable: "sector-exposure-table",
  sectorRow: (id: string) => `sector-row-${id}`,
  regimePicker: "regime-picker",
  controlledCount: "controlled-count",
  elementToggle: (symbol: string) => `element-toggle-${symbol}`,
  productsTable: "products-table",
  productRow: (id: string) => `product-row-${id}`,
  scenarioNotice: "scenario-notice",
} as const;
