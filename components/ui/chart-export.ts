"use client";

// Turns a rendered chart area into a standalone SVG file. Recharts draws SVG, but titles, legends and the heatmap
// are HTML, and CSS variables do not travel with a file: so the area is redrawn as one SVG with every colour,
// size and position written out.

const SVG_NS = "http://www.w3.org/2000/svg";
const PAINT_PROPS = ["fill", "stroke", "stroke-width", "stroke-dasharray", "opacity", "fill-opacity", "stroke-opacity", "font-size", "font-family", "font-weight", "text-anchor", "dominant-baseline"] as const;

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

function el(name: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

function drawHtml(node: Element, origin: DOMRect, out: SVGSVGElement) {
  const style = getComputedStyle(node);
  if (style.display === "none" || style.visibility === "hidden") return;
  const box = node.getBoundingClientRect();
  if (node instanceof SVGSVGElement) {
    const clone = node.cloneNode(true) as SVGSVGElement;
    inlineStyles(node, clone, null);
    clone.setAttribute("x", String(box.left - origin.left));
    clone.setAttribute("y", String(box.top - origin.top));
    clone.setAttribute("width", String(box.width));
    clone.setAttribute("height", String(box.height));
    out.appendChild(clone);
    return;
  }
  if (!isTransparent(style.backgroundColor) && box.width > 0 && box.height > 0) {
    out.appendChild(el("rect", { x: box.left - origin.left, y: box.top - origin.top, width: box.width, height: box.height, fill: style.backgroundColor }));
  }
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE && child.textContent?.trim()) {
      const range = document.createRange();
      range.selectNodeContents(child);
      const r = range.getBoundingClientRect();
      if (r.width === 0) continue;
      const t = el("text", {
        x: r.left - origin.left,
        y: r.top - origin.top + r.height * 0.78,
        "font-size": style.fontSize,
        "font-family": style.fontFamily,
        "font-weight": style.fontWeight,
        fill: style.color,
      });
      t.textContent = child.textContent.replace(/\s+/g, " ").trim();
      out.appendChild(t);
    } else if (child instanceof Element) {
      drawHtml(child, origin, out);
    }
  }
}

/** The chart area as one self-contained SVG document. */
export function composeSvg(area: HTMLElement, title: string): { text: string; width: number; height: number } {
  const origin = area.getBoundingClientRect();
  const width = Math.ceil(Math.max(origin.width, area.scrollWidth));
  const height = Math.ceil(origin.height);
  const svg = el("svg", { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` }) as SVGSVGElement;
  const t = el("title", {});
  t.textContent = title;
  svg.appendChild(t);
  const bg = getComputedStyle(area.closest("figure") ?? document.body).backgroundColor;
  svg.appendChild(el("rect", { width: "100%", height: "100%", fill: isTransparent(bg) ? "#ffffff" : bg }));
  drawHtml(area, origin, svg);
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

export function downloadSvg(area: HTMLElement, title: string, fileName: string) {
  saveBlob(new Blob([composeSvg(area, title).text], { type: "image/svg+xml" }), fileName);
}

export async function downloadPng(area: HTMLElement, title: string, fileName: string, scale = 2) {
  const { text, width, height } = composeSvg(area, title);
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
