"use client";

import { composeExportText, type ExportMeta } from "@/lib/chart-export/export-lines";
import { clampLines, wrapText } from "@/lib/chart-export/wrap-text";

// Turns a rendered chart area into a standalone SVG file that says what it shows: the title, takeaway and scenario
// above the chart, the source line, note, link, date and licence below it. Recharts draws SVG, but titles, legends,
// the sector bars and the heatmap are HTML, and CSS variables do not travel with a file: so the area is redrawn as
// one SVG with every colour, size and position written out.

const SVG_NS = "http://www.w3.org/2000/svg";
const PAINT_PROPS = ["fill", "stroke", "stroke-width", "stroke-dasharray", "opacity", "fill-opacity", "stroke-opacity", "font-size", "font-family", "font-weight", "font-style", "text-anchor", "dominant-baseline"] as const;
const PAD = 16;

export type { ExportMeta };

/** Writes the computed paint of every element onto it, where it differs from its parent's, and drops classes and
 * inline styles that would point at the page's stylesheet. */
function inlineStyles(source: Element, target: Element, parent: CSSStyleDeclaration | null) {
  const style = getComputedStyle(source);
  for (const prop of PAINT_PROPS) {
    const v = style.getPropertyValue(prop);
    if (v && (!parent || parent.getPropertyValue(prop) !== v)) target.setAttribute(prop, v);
  }
  target.removeAttribute("style");
  target.removeAttribute("class");
  for (let i = 0; i < source.children.length; i++) {
    const a = source.children[i];
    const b = target.children[i];
    if (a && b) inlineStyles(a, b, style);
  }
}

const isTransparent = (c: string) => c === "transparent" || /rgba\(\s*0,\s*0,\s*0,\s*0\s*\)/.test(c);

/** Screen-reader-only text (a table caption, a label) is on the page but not on screen: it stays out of the image. */
function isVisuallyHidden(style: CSSStyleDeclaration, box: DOMRect): boolean {
  if (style.display === "none" || style.visibility === "hidden") return true;
  if (style.clipPath === "inset(50%)" || style.clip === "rect(0px, 0px, 0px, 0px)") return true;
  return box.width <= 1 && box.height <= 1 && style.overflow === "hidden";
}

function el(name: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** A text node as the lines the browser broke it into: each word's box, grouped by the line it sits on. */
function textLines(node: Text): { text: string; rect: DOMRect }[] {
  const content = node.textContent ?? "";
  const range = document.createRange();
  const lines: { words: string[]; left: number; top: number; bottom: number; right: number }[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(content))) {
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const r = range.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const line = lines[lines.length - 1];
    if (line && Math.abs(r.top - line.top) < r.height / 2) {
      line.words.push(m[0]);
      line.right = r.right;
    } else {
      lines.push({ words: [m[0]], left: r.left, top: r.top, bottom: r.bottom, right: r.right });
    }
  }
  return lines.map((l) => ({ text: l.words.join(" "), rect: new DOMRect(l.left, l.top, l.right - l.left, l.bottom - l.top) }));
}

type Bounds = { left: number; top: number; right: number; bottom: number };

/** The box every visible part of the area covers, scrolled-away parts included (a chart wider than a phone). */
function contentBounds(area: HTMLElement): Bounds {
  const a = area.getBoundingClientRect();
  const b: Bounds = { left: a.left, top: a.top, right: a.right, bottom: a.bottom };
  const walk = (node: Element) => {
    const style = getComputedStyle(node);
    const box = node.getBoundingClientRect();
    if (isVisuallyHidden(style, box)) return;
    if (box.width > 0 && box.height > 0) {
      b.left = Math.min(b.left, box.left);
      b.right = Math.max(b.right, box.right);
      b.bottom = Math.max(b.bottom, box.bottom);
    }
    if (node instanceof SVGSVGElement) return;
    for (const child of node.children) walk(child);
  };
  walk(area);
  return b;
}

let gradientCount = 0;

/** The colours of a plain "linear-gradient(to right, a, b…)" without stop positions; null for anything else. */
function parseHorizontalGradient(image: string): string[] | null {
  const m = /^linear-gradient\(to right, (.*)\)$/.exec(image);
  if (!m?.[1]) return null;
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of m[1]) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  parts.push(current.trim());
  // A stop with a position ("… 1px") is a pattern (a grid), not a legend ramp.
  return parts.length >= 2 && parts.every((p) => !/\)\s+\S|^\S+\s+\S/.test(p.replace(/\([^)]*\)/g, "()"))) ? parts : null;
}

/** Borders as lines: row rules in tables, axis lines, the legend's line swatches. */
function drawBorders(style: CSSStyleDeclaration, x: number, y: number, w: number, h: number, out: SVGElement) {
  const sides = [
    ["top", x, y, x + w, y],
    ["bottom", x, y + h, x + w, y + h],
    ["left", x, y, x, y + h],
    ["right", x + w, y, x + w, y + h],
  ] as const;
  for (const [side, x1, y1, x2, y2] of sides) {
    const width = parseFloat(style.getPropertyValue(`border-${side}-width`));
    const kind = style.getPropertyValue(`border-${side}-style`);
    const colour = style.getPropertyValue(`border-${side}-color`);
    if (!width || kind === "none" || kind === "hidden" || isTransparent(colour)) continue;
    const inset = width / 2;
    const dx = side === "left" ? inset : side === "right" ? -inset : 0;
    const dy = side === "top" ? inset : side === "bottom" ? -inset : 0;
    out.appendChild(
      el("line", {
        x1: x1 + dx, y1: y1 + dy, x2: x2 + dx, y2: y2 + dy,
        stroke: colour, "stroke-width": width,
        ...(kind === "dashed" ? { "stroke-dasharray": `${width * 3} ${width * 2}` } : kind === "dotted" ? { "stroke-dasharray": `${width} ${width}` } : {}),
      }),
    );
  }
}

function drawHtml(node: Element, origin: { x: number; y: number }, out: SVGElement) {
  const style = getComputedStyle(node);
  const box = node.getBoundingClientRect();
  if (isVisuallyHidden(style, box)) return;
  if (node instanceof SVGSVGElement) {
    const clone = node.cloneNode(true) as SVGSVGElement;
    inlineStyles(node, clone, null);
    clone.setAttribute("x", String(box.left - origin.x));
    clone.setAttribute("y", String(box.top - origin.y));
    clone.setAttribute("width", String(box.width));
    clone.setAttribute("height", String(box.height));
    out.appendChild(clone);
    return;
  }
  if (node instanceof HTMLElement && node.dataset.exportOmit !== undefined) return;
  const x = box.left - origin.x;
  const y = box.top - origin.y;
  if (box.width > 0 && box.height > 0) {
    if (!isTransparent(style.backgroundColor)) out.appendChild(el("rect", { x, y, width: box.width, height: box.height, fill: style.backgroundColor }));
    const gradient = parseHorizontalGradient(style.backgroundImage);
    if (gradient) {
      const id = `export-gradient-${(gradientCount += 1)}`;
      const def = el("linearGradient", { id, x1: 0, x2: 1, y1: 0, y2: 0 });
      gradient.forEach((c, i) => def.appendChild(el("stop", { offset: i / (gradient.length - 1), "stop-color": c })));
      out.appendChild(def);
      out.appendChild(el("rect", { x, y, width: box.width, height: box.height, fill: `url(#${id})` }));
    }
    drawBorders(style, x, y, box.width, box.height, out);
  }
  for (const child of node.childNodes) {
    if (child instanceof Text && child.textContent?.trim()) {
      for (const line of textLines(child)) {
        const t = el("text", {
          x: line.rect.left - origin.x,
          y: line.rect.top - origin.y + line.rect.height * 0.78,
          "font-size": style.fontSize,
          "font-family": style.fontFamily,
          "font-weight": style.fontWeight,
          "font-style": style.fontStyle,
          fill: style.color,
        });
        t.textContent = line.text;
        out.appendChild(t);
      }
    } else if (child instanceof Element) {
      drawHtml(child, origin, out);
    }
  }
}

const LINE_STYLE = {
  title: { size: 18, weight: 700, muted: false, gap: 4, maxLines: 3 },
  takeaway: { size: 14, weight: 400, muted: false, gap: 2, maxLines: 4 },
  scenario: { size: 12, weight: 400, muted: true, gap: 2, maxLines: 4 },
  source: { size: 11, weight: 400, muted: true, gap: 2, maxLines: 4 },
  note: { size: 11, weight: 400, muted: true, gap: 2, maxLines: 4 },
  link: { size: 11, weight: 400, muted: false, gap: 2, maxLines: 3 },
  colophon: { size: 11, weight: 400, muted: true, gap: 2, maxLines: 2 },
} as const;

/** Draws worded lines, wrapped to the width, from y; returns the y below them. */
function drawLines(
  out: SVGElement,
  lines: { kind: keyof typeof LINE_STYLE; text: string }[],
  y: number,
  width: number,
  font: string,
  colours: { text: string; muted: string },
): number {
  const ctx = document.createElement("canvas").getContext("2d");
  for (const line of lines) {
    const s = LINE_STYLE[line.kind];
    const cssFont = `${s.weight} ${s.size}px ${font}`;
    const measure = (t: string) => {
      if (!ctx) return t.length * s.size * 0.55;
      ctx.font = cssFont;
      return ctx.measureText(t).width;
    };
    const wrapped = clampLines(wrapText(line.text, width, measure), s.maxLines, width, measure);
    for (const w of wrapped) {
      const lineHeight = Math.round(s.size * 1.35);
      const t = el("text", { x: PAD, y: y + s.size, "font-size": `${s.size}px`, "font-family": font, "font-weight": s.weight, fill: s.muted ? colours.muted : colours.text });
      t.textContent = w;
      out.appendChild(t);
      y += lineHeight;
    }
    y += s.gap;
  }
  return y;
}

/** The chart area as one self-contained SVG document, with its title and source lines: the PNG is drawn from it. */
export function composeSvg(area: HTMLElement, meta: ExportMeta): { text: string; width: number; height: number } {
  // A reader may have scrolled a wide chart sideways: draw it from its start (sticky first columns included).
  const scrolled = [area, ...area.querySelectorAll<HTMLElement>("*")].filter((e) => e.scrollLeft > 0).map((e) => [e, e.scrollLeft] as const);
  for (const [e] of scrolled) e.scrollLeft = 0;
  try {
    return composeUnscrolled(area, meta);
  } finally {
    for (const [e, left] of scrolled) e.scrollLeft = left;
  }
}

function composeUnscrolled(area: HTMLElement, meta: ExportMeta): { text: string; width: number; height: number } {
  const figure = area.closest("figure") ?? document.body;
  const figureStyle = getComputedStyle(figure);
  const bg = isTransparent(figureStyle.backgroundColor) ? "#ffffff" : figureStyle.backgroundColor;
  const font = figureStyle.fontFamily;
  const muted = getComputedStyle(document.documentElement).getPropertyValue("--muted").trim() || "#6b7280";
  const colours = { text: figureStyle.color, muted };
  const bounds = contentBounds(area);
  const chartWidth = Math.ceil(bounds.right - bounds.left);
  const chartHeight = Math.ceil(bounds.bottom - bounds.top);
  const width = Math.max(chartWidth, 320) + 2 * PAD;
  const textWidth = width - 2 * PAD;
  const text = composeExportText(meta);

  // Header and footer are drawn into their own groups first, so that their heights are known before the layout.
  const header = el("g", {});
  const headerBottom = drawLines(header, text.header, PAD, textWidth, font, colours);
  const chart = el("g", { transform: `translate(${PAD}, ${headerBottom + 8})` });
  drawHtml(area, { x: bounds.left, y: bounds.top }, chart);
  const footerTop = headerBottom + 8 + chartHeight + 12;
  const footer = el("g", {});
  const footerBottom = drawLines(footer, text.footer, footerTop, textWidth, font, colours);
  const height = Math.ceil(footerBottom + PAD);

  const svg = el("svg", { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` });
  const title = el("title", {});
  title.textContent = meta.title;
  svg.appendChild(title);
  const desc = el("desc", {});
  desc.textContent = `${meta.takeaway} ${text.footer.map((l) => l.text).join(" ")}`;
  svg.appendChild(desc);
  svg.appendChild(el("rect", { width: "100%", height: "100%", fill: bg }));
  svg.appendChild(el("line", { x1: PAD, x2: width - PAD, y1: footerTop - 6, y2: footerTop - 6, stroke: muted, "stroke-width": 0.5, opacity: 0.6 }));
  svg.append(header, chart, footer);
  return { text: new XMLSerializer().serializeToString(svg), width, height };
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadSvg(area: HTMLElement, meta: ExportMeta, fileName: string) {
  saveBlob(new Blob([composeSvg(area, meta).text], { type: "image/svg+xml" }), fileName);
}

export async function downloadPng(area: HTMLElement, meta: ExportMeta, fileName: string, scale = 2) {
  const { text, width, height } = composeSvg(area, meta);
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("the chart could not be drawn as an image"));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no 2D canvas");
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error("PNG encoding failed");
    saveBlob(blob, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
