import { strFromU8, unzipSync } from "fflate";

/**
 * What a workbook's XML says about its layout, for tests (unit and e2e) of files writeXlsx made: the values are read
 * back with read-excel-file; this reads what it does not give: frozen panes, column widths, number formats, formulas.
 * A few regular expressions over the parts of a workbook this project writes, not a general XLSX reader.
 */

export type InspectedSheet = {
  name: string;
  /** Rows frozen at the top (the pane's ySplit), 0 when none. */
  frozenRows: number;
  frozenColumns: number;
  /** Width of each column in characters, by 1-based column number. */
  widths: Record<number, number>;
  /** How many cells hold a formula (<f>). */
  formulaCells: number;
  /** The number format code of a cell ("B2"), "General" when it has none, undefined when the cell is absent. */
  formatOf: (ref: string) => string | undefined;
  /** The cell's type attribute: "s" (shared text), "n" (number, the default), "b", "str" (a formula's text)… */
  typeOf: (ref: string) => string | undefined;
  /** The cell's horizontal alignment, undefined when it has the default (text left, numbers right). */
  alignOf: (ref: string) => string | undefined;
};

const BUILT_IN_FORMATS: Record<number, string> = { 0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 14: "mm-dd-yy", 49: "@" };

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string) => s.replaceAll("&quot;", '"').replaceAll("&apos;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

export function inspectXlsx(bytes: Uint8Array): InspectedSheet[] {
  const files = unzipSync(bytes);
  const text = (path: string) => {
    const f = files[path];
    if (!f) throw new Error(`not in the workbook: ${path}`);
    return strFromU8(f);
  };
  const styles = text("xl/styles.xml");
  const custom = new Map([...styles.matchAll(/<numFmt\b[^>]*>/g)].map((m) => [Number(attr(m[0], "numFmtId")), unescape(attr(m[0], "formatCode") ?? "")]));
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const xfs = [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>([\s\S]*?)<\/xf>)/g)];
  const xfFormats = xfs.map((m) => {
    const id = Number(attr(m[0], "numFmtId") ?? 0);
    return custom.get(id) ?? BUILT_IN_FORMATS[id] ?? `builtin:${id}`;
  });
  const xfAligns = xfs.map((m) => attr(/<alignment\b[^>]*>/.exec(m[1] ?? "")?.[0] ?? "", "horizontal"));
  const rels = new Map([...text("xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attr(m[0], "Id"), attr(m[0], "Target")]));
  return [...text("xl/workbook.xml").matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const target = rels.get(attr(m[0], "r:id"));
    const xml = text(`xl/${target}`);
    const pane = /<pane\b[^>]*>/.exec(xml)?.[0] ?? "";
    const frozen = attr(pane, "state") === "frozen";
    const widths: Record<number, number> = {};
    for (const c of xml.matchAll(/<col\b[^>]*>/g)) {
      for (let i = Number(attr(c[0], "min")); i <= Number(attr(c[0], "max")); i++) widths[i] = Number(attr(c[0], "width"));
    }
    const cells = new Map([...xml.matchAll(/<c\b[^>]*>/g)].map((c) => [attr(c[0], "r"), c[0]]));
    return {
      name: unescape(attr(m[0], "name") ?? ""),
      frozenRows: frozen ? Number(attr(pane, "ySplit") ?? 0) : 0,
      frozenColumns: frozen ? Number(attr(pane, "xSplit") ?? 0) : 0,
      widths,
      formulaCells: [...xml.matchAll(/<f\b/g)].length,
      formatOf: (ref) => {
        const cell = cells.get(ref);
        return cell === undefined ? undefined : (xfFormats[Number(attr(cell, "s") ?? 0)] ?? "General");
      },
      typeOf: (ref) => {
        const cell = cells.get(ref);
        return cell === undefined ? undefined : (attr(cell, "t") ?? "n");
      },
      alignOf: (ref) => {
        const cell = cells.get(ref);
        return cell === undefined ? undefined : xfAligns[Number(attr(cell, "s") ?? 0)];
      },
    };
  });
}
