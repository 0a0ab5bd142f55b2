// Gives every entry of data/sources.json structured fields parsed from its citation string (publisher, title,
// description, date, urls) and from the registers' fact tables (confidence), plus the hand-checked list of mirrors
// and restatements in scripts/source-originals.mjs. Reads only local files; run it again after editing a citation:
//
//   node scripts/structure-sources.mjs            # rewrites data/sources.json
//   node scripts/structure-sources.mjs --check    # exits 1 if the file is not what the script would write
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ORIGINALS } from "./source-originals.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SOURCES = path.join(root, "data/sources.json");
const REFERENCE = process.env.REFERENCE_DIR ?? "/work/shared/reference";

const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const pad = (n) => String(n).padStart(2, "0");
const month = (name) => MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith("sept") ? 4 : 3)];

/** "22 Dec 2023" → 2023-12-22; "Jun 2025" → 2025-06; "2011" → 2011; "10/11 Oct 2025" and "16–20 Nov 2025" → intervals;
 * ISO forms ("2025-09/10", "2026-01-06/07") are written out in full. null when the text holds no date. */
export function parseDate(text) {
  const t = text.trim().replace(/^c\.\s*/, "").replace(/^(early|mid|late)\s+/i, "");
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) return t;
  if ((m = /^(\d{4})-(\d{2})$/.exec(t))) return t;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})\/(\d{2})$/.exec(t))) return `${m[1]}-${m[2]}-${m[3]}/${m[1]}-${m[2]}-${m[4]}`;
  if ((m = /^(\d{4})-(\d{2})\/(\d{2})$/.exec(t))) return `${m[1]}-${m[2]}/${m[1]}-${m[3]}`;
  if ((m = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(t))) return t;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})\/(\d{4})-(\d{2})-(\d{2})$/.exec(t))) return t;
  if ((m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(t)) && month(m[2])) return `${m[3]}-${pad(month(m[2]))}-${pad(m[1])}`;
  if ((m = /^(\d{1,2})\s*[/–-]\s*(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(t)) && month(m[3])) {
    const mm = pad(month(m[3]));
    return `${m[4]}-${mm}-${pad(m[1])}/${m[4]}-${mm}-${pad(m[2])}`;
  }
  if ((m = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(t)) && month(m[1])) return `${m[2]}-${pad(month(m[1]))}`;
  if ((m = /^(\d{4})$/.exec(t))) return t;
  return null;
}

/** The first day-month-year date written anywhere in a text ("30 Apr 2019", "Dec 23 2013"). */
function findDateIn(text) {
  const dmy = /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})\b/.exec(text);
  if (dmy) return `${dmy[3]}-${pad(month(dmy[2]))}-${pad(dmy[1])}`;
  const mdy = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  if (mdy) return `${mdy[3]}-${pad(month(mdy[1]))}-${pad(mdy[2])}`;
  const year = /\((\d{4})\)/.exec(text);
  return year ? year[1] : null;
}

const URL_RE = /(https?:\/\/[^\s]+?)(?=[\s;,)]*(?:\s|$))/g;

/** Every URL in a text, in order, without trailing punctuation; "(and siblings)" and similar notes are not part of it. */
export function findUrls(text) {
  return [...text.matchAll(URL_RE)].map((m) => m[1].replace(/[.,;:]+$/, ""));
}

const QUOTED = /"([^"]+)"|“([^”]+)”/;

/** One " — "-separated part of a citation: publisher, then title/description/date/URL segments in any order. */
function parsePart(part) {
  const segments = part.split(/\s+—\s+/).map((s) => s.trim()).filter(Boolean);
  const publisher = segments.shift() ?? "";
  let title = null;
  const description = [];
  let date = null;
  for (const seg of segments) {
    // "official page: https://…" leaves a label without its link: dropped with it.
    const noUrl = seg.replace(URL_RE, "").replace(/\(mirror\)/, "").replace(/(?:^|\s)[\w ]+:$/, "").trim();
    if (noUrl === "") continue;
    const d = parseDate(noUrl);
    if (d && !date) {
      date = d;
      continue;
    }
    // A title is a segment that starts with a quotation; a quotation inside a description stays part of it.
    const q = QUOTED.exec(noUrl);
    if (q && q.index === 0 && !title) {
      title = (q[1] ?? q[2]).trim();
      const rest = noUrl.slice(q[0].length).trim();
      if (rest) description.push(rest);
      continue;
    }
    description.push(noUrl);
  }
  return { publisher, title, description: description.join(" — ") || null, date };
}

/** Publisher, title, description and date from a register line "Publication — "Title" — date — URL ; …". */
export function parseCitation(citation) {
  const parts = citation.split(/\s+;\s+/);
  const first = parsePart(parts[0] ?? citation);
  // A title quoted in the publisher segment ("rawmaterials.net "Explainer…"") belongs to the title.
  let publisher = first.publisher.replace(URL_RE, "").trim();
  let title = first.title;
  // A title quoted at the end of the publisher segment (`Taylor & Francis (Barker & Pilbeam, "Lanthanides")`).
  const q = /[\s,(]("([^"]+)"|“([^”]+)”)\)?$/.exec(publisher);
  if (q && !title) {
    title = (q[2] ?? q[3]).trim();
    publisher = publisher.slice(0, q.index).replace(/[\s,]+$/, "") + (q[0].endsWith(")") ? ")" : "");
    publisher = publisher.replace(/\(\)$/, "").trim();
  }
  let date = first.date;
  // A date written inside the publisher or description ("(interim rule, 30 Apr 2019)", "Dec 23 2013").
  date ??= findDateIn(`${first.publisher} ${first.description ?? ""}`);
  for (const p of parts.slice(1)) date ??= parsePart(p).date;
  return { publisher, title, description: first.description, date };
}

// EST and NF grade a derived figure or a gap, not a source: they are not counted.
const MARK = /^(H|M|L|M-H|M\/L|L\/M)$/;
const BRACKET = /\[(H|M|L|M-H|M\/L|L\/M)[\]\s,—;]/g;
const RANK = { L: 0, "L/M": 1, "M/L": 1, M: 2, "M-H": 3, H: 4 };

/**
 * Confidence marks the registers give the facts each source supports: a table row's Conf. cell applies to every id
 * in the row; a bracketed mark ("[M] S25, S26") to the ids that follow it up to the next mark.
 */
export function collectFactMarks(markdown) {
  const marks = new Map();
  const add = (id, mark) => {
    const list = marks.get(id) ?? [];
    list.push(mark);
    marks.set(id, list);
  };
  const ID = /\b(?:S\d{1,3}|R\d{1,2}|FX-[A-Z]+)\b/g;
  const body = markdown.split(/^## Source register/m)[0] ?? markdown;
  for (const line of body.split("\n")) {
    if (line.startsWith("|")) {
      const cells = line.split("|").map((c) => c.trim().replace(/\*/g, ""));
      const conf = cells.map((c) => c.split(/[\s(]/)[0] ?? "").find((c) => MARK.test(c));
      // Without a Conf. column (the sector table), the marks written in the row's cells apply to its sources.
      const inline = conf ? [conf] : [...line.matchAll(BRACKET)].map((h) => h[1]);
      for (const id of line.match(ID) ?? []) for (const mark of inline) add(id, mark);
      continue;
    }
    const re = new RegExp(BRACKET.source, "g");
    const hits = [...line.matchAll(re)];
    hits.forEach((h, i) => {
      const end = hits[i + 1]?.index ?? line.length;
      const segment = line.slice(h.index, end);
      for (const id of segment.match(ID) ?? []) add(id, h[1]);
    });
  }
  return marks;
}

/** The most frequent mark; a tie goes to the lower one, so a source is never graded above its weakest common use. */
export function summariseMarks(list) {
  if (!list || list.length === 0) return null;
  const counts = new Map();
  for (const m of list) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || RANK[a[0]] - RANK[b[0]])[0][0];
}

const WEAK = /\((?:weak|unverified)\)/i;

export function structureSources(file, factMarks) {
  const sources = file.sources.map((s) => {
    const parsed = parseCitation(s.citation);
    const sameAs = /^=\s*([SR]\d+)/.exec(s.citation)?.[1] ?? null;
    const urls = findUrls(s.citation);
    const curated = ORIGINALS[s.id];
    // The starting data and the team's web sources grade each source; the fact bases grade facts, so a source there
    // takes the mark of the facts it supports. A register line that calls the source weak or unverified caps it at L.
    const gradedItself = s.register === "dataset" || s.register === "web";
    let confidence = gradedItself ? s.confidence ?? null : summariseMarks(factMarks.get(sameAs ?? s.id) ?? factMarks.get(s.id));
    let confidenceBasis = confidence === null ? null : gradedItself ? "source" : "facts";
    if (WEAK.test(s.citation) && confidence !== "L" && s.register !== "dataset") {
      confidence = "L";
      confidenceBasis = "source";
    }
    const out = {
      id: s.id,
      register: s.register,
      publisher: s.register === "dataset" ? s.publication ?? s.publisher : sameAs ? `= ${sameAs}` : parsed.publisher,
      title: s.register === "dataset" ? s.title ?? null : parsed.title,
      description: s.register === "dataset" ? null : sameAs ? null : parsed.description,
      date: s.register === "dataset" ? (s.date ? parseDate(s.date) : null) : parsed.date,
      urls,
      confidence,
      confidenceBasis,
    };
    if (sameAs) out.sameAs = sameAs;
    if (curated) {
      const mirrorUrls = curated.mirrorUrls === "all" ? urls : (curated.mirrorUrls ?? []);
      for (const u of mirrorUrls) if (!urls.includes(u)) throw new Error(`${s.id}: mirror URL not among its URLs: ${u}`);
      if (mirrorUrls.length > 0) out.mirrorUrls = mirrorUrls;
      out.original = curated.original;
    }
    if (s.supports) out.supports = s.supports;
    if (s.note) out.note = s.note;
    out.citation = s.citation;
    return out;
  });
  return { meta: file.meta, sources };
}

function main() {
  const file = JSON.parse(readFileSync(SOURCES, "utf8"));
  const marks = new Map();
  for (const name of ["rare-earth-facts.md", "record-and-routes.md"]) {
    for (const [id, list] of collectFactMarks(readFileSync(path.join(REFERENCE, name), "utf8"))) {
      marks.set(id, [...(marks.get(id) ?? []), ...list]);
    }
  }
  const out = `${JSON.stringify(structureSources(file, marks), null, 2)}\n`;
  if (process.argv.includes("--check")) {
    const same = readFileSync(SOURCES, "utf8") === out;
    console.log(same ? "data/sources.json is up to date" : "data/sources.json differs from what the script writes");
    process.exit(same ? 0 : 1);
  }
  writeFileSync(SOURCES, out);
  console.log(`wrote ${file.sources.length} sources to data/sources.json`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
