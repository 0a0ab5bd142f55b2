// Plain constants, kept free of zod so that browser code using them does not ship the schema library.

export const ELEMENT_SYMBOLS = [
  "Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu",
] as const;
export type ElementSymbol = (typeof ELEMENT_SYMBOLS)[number];

export const COMPONENT_FORMS = [
  "ndfeb_magnet", "smco_magnet", "sputtering_target", "oxide_compound", "alloy", "phosphor",
  "catalyst", "coating", "doped_fibre", "metal", "other",
] as const;
export type ComponentForm = (typeof COMPONENT_FORMS)[number];

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
