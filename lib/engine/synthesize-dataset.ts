import type { Dataset } from "../schemas/dataset";
import type { Component, Product } from "../schemas/product";

/**
 * A larger dataset for benchmarks and scale tests: the bundled products cloned `factor` times, each clone with a new id
 * and perturbed figures (unit value, annual units, grams, magnet mass). Pure and deterministic: the same dataset,
 * factor and seed give the same output, and the input is never modified. Clone 0 of each product is the product itself,
 * so the result always contains the original dataset unchanged.
 */
export type SynthesizeOptions = {
  /** How many times larger in products: 1 returns the original products; 10 gives 10 × as many. Whole number ≥ 1. */
  factor: number;
  /** PRNG seed; the same seed gives the same dataset. */
  seed?: number;
  /** Relative spread of the perturbation: a figure is multiplied by a factor in [1 − spread, 1 + spread]. */
  spread?: number;
};

/** mulberry32: a small, fast, seedable 32-bit PRNG; returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rounds to 6 significant digits, so clones hold plausible figures rather than float noise. */
const round6 = (x: number) => (x === 0 ? 0 : Number(x.toPrecision(6)));

function cloneComponent(c: Component, jitter: () => number): Component {
  const out: Component = {
    ...c,
    elements: c.elements.map((e) => ({
      ...e,
      // A null gram figure (present, amount not found) and a zero stay as they are: they change the engine's path.
      grams: e.grams === null || e.grams === 0 ? e.grams : round6(e.grams * jitter()),
      ...(e.gramsRange ? { gramsRange: [e.gramsRange[0], e.gramsRange[1]] as [number, number] } : {}),
    })),
    sourceIds: [...c.sourceIds],
    massG: c.massG === null ? null : round6(c.massG * jitter()),
  };
  return out;
}

function cloneProduct(p: Product, copy: number, jitter: () => number): Product {
  const units = p.annualUnits.value;
  return {
    ...p,
    id: `${p.id}-syn${copy}`,
    name: `${p.name} (synthetic ${copy})`,
    unitValueUsd: { ...p.unitValueUsd, value: p.unitValueUsd.value === null ? null : round6(p.unitValueUsd.value * jitter()) },
    annualUnits: { ...p.annualUnits, value: units === null ? null : Math.max(0, round6(units * jitter())) },
    components: p.components.map((c) => cloneComponent(c, jitter)),
  };
}

export function synthesizeDataset(dataset: Dataset, options: SynthesizeOptions): Dataset {
  const { factor, seed = 1, spread = 0.3 } = options;
  if (!Number.isInteger(factor) || factor < 1) throw new RangeError(`factor must be a whole number ≥ 1, got ${factor}`);
  if (!(spread >= 0 && spread < 1)) throw new RangeError(`spread must be in [0, 1), got ${spread}`);
  const random = seededRandom(seed);
  const jitter = () => 1 - spread + 2 * spread * random();
  const originals = dataset.products.products;
  const products: Product[] = [...originals];
  for (let copy = 1; copy < factor; copy += 1) {
    for (const p of originals) products.push(cloneProduct(p, copy, jitter));
  }
  return {
    ...dataset,
    meta: { ...dataset.meta, version: factor === 1 ? dataset.meta.version : `${dataset.meta.version}+syn${factor}x${seed}` },
    products: { ...dataset.products, products },
  };
}
