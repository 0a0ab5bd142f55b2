import { z } from "zod";
import { componentFormSchema, confidenceSchema, elementSymbolSchema, sourceIdsSchema } from "./common";

/**
 * Products file, version 2 (exposure-model.md v2).
 * - Final goods (role "final") add up to their sector: outside-China units x unit value. Intermediate goods
 *   (magnets, motors, targets, powders, feedstock) are inputs: they have border-lens rows and never add to a
 *   sector's value.
 * - Every figure says its scope and year; only `scope: "outside-china"` volumes are summed into sector values.
 * - Every component says by which routes a maker outside China gets it (shares summing to 1), either inline or
 *   by reference to a documented default in data/route-defaults.json.
 */

export const sectorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  description: z.string(),
});
export type Sector = z.infer<typeof sectorSchema>;

/** A sourced number, or null when not found (NF). EST figures show their arithmetic in `basis`. */
export const figureSchema = z.looseObject({
  value: z.number().min(0).nullable(),
  sourceIds: sourceIdsSchema,
  basis: z.string().min(1),
  confidence: confidenceSchema,
});

export const SCOPES = ["outside-china", "world", "china", "us", "eu", "japan", "india", "other"] as const;
export const scopeSchema = z.enum(SCOPES);

export const unitValueSchema = figureSchema.extend({
  value: z.number().positive().nullable(),
  /** Year the price refers to. */
  year: z.number().int().min(2000).max(2030).nullable(),
});

export const annualUnitsSchema = figureSchema.extend({
  /** Where the units are made. Only "outside-china" volumes are summed into a sector. */
  scope: scopeSchema,
  year: z.number().int().min(2000).max(2030).nullable(),
});

/** How a maker outside China obtains the component; shares of its supply, summing to 1. */
export const routeSharesSchema = z.object({
  /** 1. bought from China as the listed item itself (magnet, metal, alloy, target, oxide, compound). */
  listed: z.number().min(0).max(1),
  /** 2. bought from China inside an assembly (motor, finished electronics, rotor, sensor, phosphor...). */
  assembly: z.number().min(0).max(1),
  /** 3. made outside China (Japan, Europe, US...) from China-origin separated oxide or metal. */
  madeOutside: z.number().min(0).max(1),
  /** 4. no China-origin controlled material. */
  none: z.number().min(0).max(1),
});
export type RouteShares = z.infer<typeof routeSharesSchema>;

export const routesSchema = z.union([
  /** A documented default, by id, from data/route-defaults.json. */
  z.object({ ref: z.string().regex(/^[a-z0-9-]+$/) }),
  /** Component-specific shares, sourced or EST with arithmetic. */
  routeSharesSchema.extend({ sourceIds: sourceIdsSchema, basis: z.string().min(1), confidence: confidenceSchema }),
]);

export const componentElementSchema = z.object({
  symbol: elementSymbolSchema,
  /** Grams of the element per unit of product; null = present, amount not found (NF). */
  grams: z.number().min(0).nullable(),
  gramsRange: z.tuple([z.number().min(0), z.number().min(0)]).optional(),
});

export const componentSchema = z.object({
  name: z.string().min(1),
  /** The material form the rare earth is in (what a listing would name). */
  form: componentFormSchema,
  elements: z.array(componentElementSchema).min(1),
  /** Mass of the component material itself (e.g. the magnets' mass) per unit of product, grams; null = not found. */
  massG: z.number().positive().nullable(),
  /**
   * The assembly it arrives in when bought from China by route 2 (motor, rotor_stator_assembly,
   * injection_moulded_sensor_assembly, finished_electronics, consumer_magnetic_accessory, phosphor,
   * calcined_catalyst_powder, coated_part, module, ...); null when route 2 has no share.
   */
  assembly: z.string().regex(/^[a-z_]+$/).nullable(),
  routes: routesSchema,
  sourceIds: sourceIdsSchema,
  confidence: confidenceSchema,
  basis: z.string().min(1),
});
export type Component = z.infer<typeof componentSchema>;

export const productSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  sectorId: z.string(),
  /** final: adds to its sector; intermediate: an input (magnet, motor, target, powder), never added to a sector's value. */
  role: z.enum(["final", "intermediate"]),
  /** For intermediates: the final goods (ids) it goes into, where the dataset holds them. */
  inputOf: z.array(z.string()).optional(),
  /** What one unit is: "vehicle", "MW", "kg", "dose", "aircraft"... */
  unit: z.string().min(1),
  /**
   * How the product itself crosses China's border when bought from China (border lens): a listed material form
   * (ndfeb_magnet, smco_magnet, sputtering_target, oxide_compound, alloy, metal, doped_fibre, ...), an assembly kind
   * a MOFCOM FAQ excludes (motor, finished_electronics, rotor_stator_assembly, ...), or an unlisted good
   * (vehicle, aircraft, machine, pharmaceutical, coated_part, ...).
   */
  tradedAs: z.string().regex(/^[a-z_]+$/),
  unitValueUsd: unitValueSchema,
  annualUnits: annualUnitsSchema,
  endUse: z.enum(["civil", "dual", "military"]),
  /** True where the product's end use is advanced-node (<=14 nm logic, >=256-layer memory) chip making. */
  advancedSemiconductor: z.boolean(),
  components: z.array(componentSchema),
  notes: z.string().optional(),
});
export type Product = z.infer<typeof productSchema>;

export const productsFileSchema = z.object({
  meta: z.looseObject({ description: z.string() }),
  sectors: z.array(sectorSchema).min(10),
  products: z.array(productSchema).min(40),
});
export type ProductsFile = z.infer<typeof productsFileSchema>;
