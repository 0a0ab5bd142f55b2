/** The template's columns: one row per part and element. POST /api/bom and the page read them by their names. */
export const BOM_TEMPLATE_COLUMNS = ["part_id", "description", "unit_value_usd", "element", "grams_per_unit", "form", "china_origin_share", "end_use", "made_in"] as const;

export const BOM_TEMPLATE_FILE_NAME = "rare-earth-bom-template.csv";

/*
 * Example rows, one per part and element. The values are illustrative, not anyone's real bill of materials; where
 * the dataset has a matching product they follow it:
 * - MAG-EV-001: the EV traction-motor magnet set of data/products.json (ev-magnet-set): 1.5 kg sintered NdFeB at
 *   US$90, Nd 326.25 g, Pr 108.75 g, Dy 45 g, Tb 4.5 g; bought from China for a civil EV motor.
 * - SMCO-JP-014: a 100 g Sm2Co17 magnet (about 25 % Sm), made in Japan from Chinese samarium; US$60 is an assumed
 *   price. At the dataset's Sm price (US$1.78/kg Sm2O3 ÷ 0.8624 Sm in the oxide = US$2.064/kg Sm) its China-origin
 *   Sm is worth 0.025 × 2.064 = US$0.0516, 0.086 % of its value: just under the 0.1 % threshold.
 * - CMP-CE-200: a 5 L ceria (CeO2) polishing slurry, about 400 g CeO2 = 326 g Ce (CeO2 is 81.4 % Ce by mass).
 * - TGT-GD-300: the Gd metal sputtering target of semi-gd-target (216.161 g Gd, US$600), made abroad from 90 %
 *   Chinese Gd, for an advanced-node fab: 0.216161 × (22.94 ÷ 0.8676) × 0.9 = US$5.14, 0.86 % of its value.
 * - ROD-TBDY-07: a 200 g Terfenol-D (Tb0.3Dy0.7Fe1.92) drive rod for a naval sonar transducer, Tb 35.5 g and
 *   Dy 84.7 g (17.8 % and 42.3 % by mass, as def-terfenol-sonar's rods), bought from China; US$600 is assumed.
 */
const EXAMPLE_ROWS: (string | number)[][] = [
  ["MAG-EV-001", "NdFeB traction-motor magnet set, Dy/Tb grade (EV)", 90, "Nd", 326.25, "ndfeb_magnet", "100%", "civil", "china"],
  ["MAG-EV-001", "NdFeB traction-motor magnet set, Dy/Tb grade (EV)", 90, "Pr", 108.75, "ndfeb_magnet", "100%", "civil", "china"],
  ["MAG-EV-001", "NdFeB traction-motor magnet set, Dy/Tb grade (EV)", 90, "Dy", 45, "ndfeb_magnet", "100%", "civil", "china"],
  ["MAG-EV-001", "NdFeB traction-motor magnet set, Dy/Tb grade (EV)", 90, "Tb", 4.5, "ndfeb_magnet", "100%", "civil", "china"],
  ["SMCO-JP-014", "Sm2Co17 actuator magnet, 100 g, made in Japan", 60, "Sm", 25, "smco_magnet", "100%", "dual", "abroad"],
  ["CMP-CE-200", "Ceria (CeO2) CMP polishing slurry, 5 L", 120, "Ce", 326, "oxide_compound", "100%", "civil", "china"],
  ["TGT-GD-300", "Gd sputtering target, 300 mm, bonded", 600, "Gd", 216.161, "sputtering_target", "90%", "advanced_semiconductor", "abroad"],
  ["ROD-TBDY-07", "Terfenol-D drive rod, sonar transducer", 600, "Tb", 35.5, "alloy", "100%", "military", "china"],
  ["ROD-TBDY-07", "Terfenol-D drive rod, sonar transducer", 600, "Dy", 84.7, "alloy", "100%", "military", "china"],
];

/**
 * A bill-of-materials template with example rows, to download, fill in and upload: one row per part and element,
 * the part's columns repeated on each of its rows (the parser also accepts them blank on later rows).
 * UTF-8 with a byte-order mark, so spreadsheets open it as UTF-8.
 */
export function bomTemplateCsv(): string {
  const lines = [BOM_TEMPLATE_COLUMNS.join(","), ...EXAMPLE_ROWS.map((r) => r.map((c) => (typeof c === "string" && c.includes(",") ? `"${c}"` : String(c))).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
