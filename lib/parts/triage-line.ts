// The action on one line of a parts list, decided by the rules kernel (lib/engine/rules-kernel.ts), the same one that
// decides the dashboard's products. What the line does not say (its content, where it was made, the China-origin
// share of its material) is not guessed: the line is evaluated under each possibility, and where they disagree the
// answer is a review or insufficient data, naming what would decide it.
import {
  catchAssembly,
  catchListed,
  catchMadeAbroad,
  catchMadeOutside,
  decideStatus,
  type KernelComponent,
  type KernelContext,
  type RouteCatch,
  withArticle,
} from "../engine/rules-kernel";
import type { Destination } from "../engine/scenario";
import { compareStatus, type Status } from "../engine/status";
import { type LookupAnswer, lookupCode } from "../lookup/lookup-code";
import { parseLookupQuery } from "../lookup/parse-lookup-query";
import { type ComponentForm, ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/constants";
import type { Action } from "./actions";
import type { ElementContent } from "./estimate-content";
import { LINE_TYPE_LABELS, type LineClassification } from "./line-types";
import { type OriginReading, readLineOrigin } from "./line-origin";
import type { PartsContext } from "./parts-context";
import type { PartLine } from "./read-part-lines";

/** One input the decision used, as the line's answer lists it. */
export type LineInput = { name: string; value: string; estimated: boolean };

export type CodeCandidate = { controlCode: string; item: string; elements: ElementSymbol[]; status: string };

export type LineTriage = {
  action: Action;
  /** The kernel's status behind the action, worst outcome first ("license" for a content-check hold); null when undecided. */
  status: Status | null;
  reason: string;
  /** For insufficient data: what the line would have to state. */
  missing: string[];
  inputs: LineInput[];
  /** Names of the inputs that were estimated or assumed, not read from the file. */
  estimated: string[];
  /** Controlled elements that catch the line (in any case evaluated), atomic order. */
  drivers: ElementSymbol[];
  /** China-origin controlled content against the part's value, where the 0.1 % test was applied: low–high. */
  contentPct: { low: number; high: number } | null;
  thresholdPct: number | null;
  /** Controlled items whose reference customs code matches the line's code (the code alone never decides). */
  codeCandidates: CodeCandidate[];
};

/** One case's answer: its rank for comparing cases, the kernel's status, why (`note`), and what follows (`decision`). */
type Level = { rank: number; status: Status; kind: "caught" | "held" | "upstream" | "free"; drivers: ElementSymbol[]; note: string; decision: string; pct: number | null };

/** hold > case-by-case > licence > held/upstream (review) > free. */
const RANK: Record<Status, number> = { denied: 4, "case-by-case": 3, license: 2, free: 0 };

const list = (xs: readonly string[]) => xs.join(", ");
const fmtG = (g: number) => (g === 0 ? "0" : g >= 100 ? g.toFixed(0) : g >= 1 ? Number(g.toFixed(2)).toString() : Number(g.toPrecision(2)).toString());
/** "0.6–3.22", or one figure when both ends agree (a mass given, a stoichiometric share). */
const range = (lo: number, hi: number) => (fmtG(lo) === fmtG(hi) ? fmtG(hi) : `${fmtG(lo)}–${fmtG(hi)}`);
const fmtPct = (p: number) => (p < 1 ? Number(p.toPrecision(2)).toString() : Number(p.toFixed(1)).toString());

/** How the line crosses China's border: as the listed item itself, inside an assembly, or as something no measure lists. */
type Mode = { kind: "listed"; forms: (ComponentForm | null)[] } | { kind: "assembly"; assembly: string; form: ComponentForm } | { kind: "unlisted"; why: string } | { kind: "unknown" };

const KIND_WORDS: Record<string, string> = {
  motor: "a motor",
  rotor_stator_assembly: "a rotor or stator assembly",
  injection_moulded_sensor_assembly: "an injection-moulded sensor assembly",
  finished_electronics: "finished electronics",
  calcined_catalyst_powder: "a calcined catalyst powder",
  phosphor: "a phosphor",
  consumer_magnetic_accessory: "a consumer magnetic accessory",
};

const FAQ_KINDS = new Set(["motor", "rotor_stator_assembly", "injection_moulded_sensor_assembly", "finished_electronics", "calcined_catalyst_powder", "phosphor", "consumer_magnetic_accessory"]);

function modeOf(c: LineClassification, k: KernelContext): Mode {
  const t = c.tradedAs;
  if (t === "not_applicable") return { kind: "unlisted", why: "a part of a kind that holds no rare earth" };
  if (t === "listed") {
    if (c.form) return { kind: "listed", forms: [c.form] };
    // A magnet whose material is not stated: NdFeB, SmCo, or none (ferrite, AlNiCo).
    if (c.type === "magnet_unspecified") return { kind: "listed", forms: ["ndfeb_magnet", "smco_magnet", null] };
    return { kind: "unknown" };
  }
  if (FAQ_KINDS.has(t)) {
    // The magnets inside a motor, rotor or sensor are NdFeB unless the line says SmCo (the estimate assumes the same).
    // Finished electronics hold no modelled magnet while the exclusions apply (FAQ IV frees them); set aside
    // (exposure-model.md §3, route 2) the listed item inside is caught, taken as its NdFeB magnets as the dataset's
    // finished electronics hold them. A catalyst stays what the control rules say of catalysts: no measure lists them.
    const electronicsForm: ComponentForm = k.exclusions === "ignore" ? "ndfeb_magnet" : "other";
    const form: ComponentForm =
      c.form ?? (t === "phosphor" ? "phosphor" : t === "calcined_catalyst_powder" ? "other" : t === "finished_electronics" ? electronicsForm : "ndfeb_magnet");
    return { kind: "assembly", assembly: t, form };
  }
  if (t === "unknown" && c.type === "sensor") return { kind: "assembly", assembly: "sensor", form: c.form ?? "ndfeb_magnet" };
  if (t === "unknown") return { kind: "unknown" };
  if (k.formRules.has(t as ComponentForm)) return { kind: "listed", forms: [t as ComponentForm] };
  return { kind: "unlisted", why: `${LINE_TYPE_LABELS[c.type]}: not a listed item` };
}

type ContentCase = { elements: { symbol: ElementSymbol; grams: number | null }[]; estimated: boolean };

/** The compositions the line may have: given, an estimate's low and high ends, or, with nothing to go on, none and all. */
function contentCases(line: PartLine): { cases: ContentCase[]; decidable: boolean; text: string; estimated: boolean } {
  if (line.givenElements.length > 0) {
    const els = line.givenElements.map((g) => ({ symbol: g.element, grams: g.grams }));
    return { cases: [{ elements: els, estimated: false }], decidable: true, text: els.map((e) => `${e.symbol} ${e.grams === null ? "(amount not given)" : `${fmtG(e.grams)} g`}`).join(", "), estimated: false };
  }
  const content = line.content;
  if (content.ok) {
    if (!content.estimated) {
      const els = content.elements.map((e) => ({ symbol: e.element, grams: e.highG }));
      return { cases: [{ elements: els, estimated: false }], decidable: true, text: els.length === 0 ? "no rare earth" : els.map((e) => `${e.symbol} ${fmtG(e.grams)} g`).join(", "), estimated: false };
    }
    const at = (pick: (e: ElementContent) => number) => content.elements.map((e) => ({ symbol: e.element, grams: pick(e) }));
    const low = at((e) => e.lowG);
    const cases: ContentCase[] = [{ elements: low, estimated: true }, { elements: at((e) => e.highG), estimated: true }];
    // Dy + Tb together at least the heavy-rare-earth floor, their split not on record: one of them is surely present.
    const h = content.heavyRareEarths;
    if (h && h.lowG > 0 && low.every((e) => (e.symbol !== "Dy" && e.symbol !== "Tb") || e.grams === 0)) {
      const withOnly = (s: ElementSymbol) => low.filter((e) => e.symbol !== "Dy" && e.symbol !== "Tb").concat({ symbol: s, grams: h.lowG });
      cases.splice(0, 1, { elements: withOnly("Dy"), estimated: true }, { elements: withOnly("Tb"), estimated: true });
    }
    const text = content.elements
      .filter((e) => e.highG > 0)
      .map((e) => `${e.element} ${range(e.lowG, e.highG)} g`)
      .concat(h ? [`Dy + Tb ${range(h.lowG, h.highG)} g`] : [])
      .join(", ");
    return { cases, decidable: true, text: `${text || "no rare earth"} per unit (estimated)`, estimated: true };
  }
  // Nothing to go on: what the kind of part surely holds, and every element it may hold besides (less those it
  // declares free of). An assembly may hold no magnet at all (an induction motor); a magnet of a stated material holds
  // that material's elements.
  const c = line.classification;
  const free = new Set(c.declaredFree);
  const keep = (xs: readonly ElementSymbol[]) => xs.filter((s) => !free.has(s)).map((symbol) => ({ symbol, grams: null }));
  const ndfeb = c.form === "ndfeb_magnet" || (c.form === null && (c.type === "motor_or_rotor_assembly" || c.type === "sensor" || c.type === "bonded_magnet"));
  const known: ElementSymbol[] = c.type === "smco_magnet" || c.form === "smco_magnet" ? ["Sm"] : ndfeb ? ["Nd", "Pr"] : c.elements;
  // What else it may hold: an NdFeB magnet Dy, Tb or Ho; a magnet of unstated material those or Sm; a part that names
  // its elements (an SmCo magnet, a Dy target) those; a part that names none, any.
  const possible: readonly ElementSymbol[] = ndfeb
    ? ["Nd", "Pr", "Dy", "Tb", "Ho"]
    : c.type === "magnet_unspecified"
      ? ["Nd", "Pr", "Dy", "Tb", "Ho", "Sm"]
      : known.length > 0
        ? known
        : ELEMENT_SYMBOLS;
  const assembly = c.type === "motor_or_rotor_assembly" || c.type === "sensor" || c.type === "finished_electronics";
  const cases: ContentCase[] = [];
  if (assembly || known.length === 0) cases.push({ elements: [], estimated: false });
  if (known.length > 0) cases.push({ elements: keep(known), estimated: false });
  cases.push({ elements: keep([...new Set([...known, ...possible])]), estimated: false });
  return { cases, decidable: false, text: "not given, and not estimable", estimated: false };
}

/** One case: where from, under which outcome, with which content. */
function evaluate(
  mode: Mode,
  form: ComponentForm | null,
  content: ContentCase,
  from: "china" | "abroad",
  share: number,
  line: PartLine,
  k: KernelContext,
  endUse: { options: readonly EndUseCase[] },
  lens: "border" | "dependency",
): Level {
  const free = (note: string, pct: number | null = null): Level => ({ rank: 0, status: "free", kind: "free", drivers: [], note, decision: "not caught", pct });
  if (mode.kind === "unlisted") return free(`not caught: ${mode.why}`);
  if (mode.kind === "listed" && form === null) return free("not caught if it holds no rare earth (a ferrite or AlNiCo magnet)");
  if (content.elements.length === 0) return free("not caught: it holds no rare earth");
  const component: KernelComponent = { name: "the part", form: (mode.kind === "assembly" ? mode.form : form) ?? "other", elements: content.elements, massG: null };
  let c: RouteCatch & { contentPct?: number | null };
  if (from === "china") {
    c = mode.kind === "assembly" ? catchAssembly(component, mode.assembly, k) : catchListed(component, k);
  } else {
    // Made outside China: only Ann. 61's 0.1 % rule reaches the part itself; an assembly is no magnet or target.
    const part = mode.kind === "assembly" ? { ...component, form: "other" as ComponentForm } : component;
    const scaled = { ...part, elements: part.elements.map((e) => ({ symbol: e.symbol, grams: e.grams === null ? null : e.grams * share })) };
    const abroad = catchMadeAbroad(scaled, line.unitValue?.usd ?? null, share > 0 ? 1 : 0, k);
    c = abroad;
    if (!abroad.caught && lens === "dependency" && share > 0) {
      const upstream = catchMadeOutside(component, k);
      if (upstream.caught) {
        return { rank: 1, status: "license", kind: "upstream", drivers: upstream.drivers, note: `${upstream.note}: your supplier depends on a licensed input`, decision: "your supplier depends on a licensed input", pct: abroad.contentPct };
      }
    }
    if (!abroad.caught) return free(abroad.note.replace(/^the part made outside China: /, "made outside China: "), abroad.contentPct);
  }
  if (!c.caught) {
    const faq = mode.kind === "assembly" ? k.faq.get(mode.assembly) : undefined;
    if (faq && mode.kind === "assembly" && k.exclusions === "apply") {
      return free(`bought from China as ${KIND_WORDS[mode.assembly] ?? withArticle(mode.assembly.replaceAll("_", " "))}, not a listed item (${faq.faq}: ${faq.text.replace(/\.$/, "")})`);
    }
    return free(c.note);
  }
  // The kernel names the component in its notes; on a parts list the line is the part.
  const note = c.note.replace(/^the part: /, "");
  if (c.held) return { rank: 1, status: "license", kind: "held", drivers: c.drivers, note, decision: "held by customs for content checks (no licence in law)", pct: null };
  // An end use that could not be read is each of them: the worst decides.
  const d = endUse.options
    .map((o) => decideStatus(o.endUse, o.advanced, [c], k.rules))
    .reduce((w, x) => (RANK[x.status] > RANK[w.status] ? x : w));
  return { rank: RANK[d.status], status: d.status, kind: "caught", drivers: c.drivers, note: `${note}: ${d.note}`, decision: d.note, pct: c.contentPct ?? null };
}

const OUTCOME_WORDS = { recorded: "", extended: "If the suspension was extended", lapsed: "If it lapsed" } as const;

type EndUseCase = { endUse: "civil" | "dual" | "military"; advanced: boolean };
const EVERY_END_USE: readonly EndUseCase[] = [
  { endUse: "civil", advanced: false },
  { endUse: "dual", advanced: false },
  { endUse: "military", advanced: false },
  { endUse: "dual", advanced: true },
];

function endUseOf(line: PartLine): { options: readonly EndUseCase[]; text: string; assumed: boolean } {
  const e = line.endUse;
  // A cell that is there but cannot be read ("Army", "weapons") is not a civil end use: it may be any of them.
  if (e === null && line.invalid.includes("end_use")) {
    return { options: EVERY_END_USE, text: "unreadable (the cell could not be read): the worst of civil, dual, military and advanced-node semiconductor assumed", assumed: true };
  }
  if (e === null) return { options: [{ endUse: "civil", advanced: false }], text: "civil (not given: assumed)", assumed: true };
  if (e === "advanced_semiconductor") return { options: [{ endUse: "dual", advanced: true }], text: "advanced-node semiconductor", assumed: false };
  return { options: [{ endUse: e, advanced: false }], text: e, assumed: false };
}

/** Controlled items the line's customs code is a reference code of, in force (or not on record) on the scenario's date. */
function codeCandidatesOf(answer: LookupAnswer | null, controlled: ReadonlySet<ElementSymbol>): CodeCandidate[] {
  if (!answer) return [];
  return answer.candidates
    .filter((c) => c.match !== "no-code" && c.status.state !== "suspended" && c.status.state !== "not-yet-in-force" && c.elements.some((e) => controlled.has(e)))
    .map((c) => ({ controlCode: c.controlCode ?? "Ann. 61 annex", item: c.item, elements: c.elements, status: c.status.text }));
}

/** Memoised lookups of customs codes, per context. */
const lookups = new WeakMap<PartsContext, Map<string, LookupAnswer | null>>();

export function lookupLineCode(hsCode: string | null, ctx: PartsContext): LookupAnswer | null {
  if (!hsCode) return null;
  let m = lookups.get(ctx);
  if (!m) {
    m = new Map();
    lookups.set(ctx, m);
  }
  if (m.has(hsCode)) return m.get(hsCode) ?? null;
  const q = parseLookupQuery(hsCode.length > 32 ? hsCode.slice(0, 32) : hsCode);
  const answer = q.ok ? lookupCode(q.query, ctx.scenario.asOf, ctx.lookup) : null;
  if (m.size < 10_000) m.set(hsCode, answer);
  return answer;
}

/**
 * Decides one line. Every case the line leaves open (where it was made, its composition, the China-origin share of
 * its material, the outcome of a suspension the record does not settle) is evaluated by the rules kernel. The worst
 * outcome decides when the cases agree within each outcome; otherwise the line is a review (an estimate or an origin
 * the line only suggests) or insufficient data (nothing to decide with), naming what would settle it.
 */
export function triageLine(line: PartLine, ctx: PartsContext): LineTriage {
  let t = decideLine(line, ctx);
  if (line.endUse === null && line.invalid.includes("end_use") && t.action !== "clear") {
    t = { ...t, reason: `${t.reason} The end-use cell could not be read, so the worst end use was assumed: correct it to civil, dual, military or advanced_semiconductor.` };
  }
  // The rows of one part disagree (a "Steel bolt" row and an "NdFeB magnet" row): the line was read from its first
  // row, which may be the wrong one. Whatever that reading gives, the part is not known: never clear.
  // A shared or target code's elements are candidates, never the part's content: say so where the line names none.
  if (t.codeCandidates.length > 0 && t.action !== "clear" && line.givenElements.length === 0 && line.classification.elements.length === 0 && !t.reason.includes("reference code for")) {
    const codes = [...new Set(t.codeCandidates.map((x) => x.controlCode))];
    t = { ...t, reason: `${t.reason} The customs code ${line.hsCode} is China's reference code for ${list(codes)}: the description governs, so the elements of those items are candidates, not the part's content.` };
  }
  if (line.rowConflicts.length === 0) return t;
  const rows = [...new Set(line.rows)].join(", ");
  return {
    ...t,
    action: "insufficient-data",
    status: null,
    reason: `Insufficient data: the rows of this part (rows ${rows}) disagree (${line.rowConflicts.join("; ")}), so what the part is and holds is not known. Read from row ${line.row} alone: ${t.reason}`,
    missing: [...new Set([...t.missing, `one consistent description of the part across its rows (rows ${rows})`])],
  };
}

function decideLine(line: PartLine, ctx: PartsContext): LineTriage {
  const c = line.classification;
  const destination: Destination = line.destination?.destinationGroup ?? ctx.scenario.destination;
  const kernels = ctx.kernelsFor(destination);
  const first = kernels[0] as KernelContext;
  const origin: OriginReading = readLineOrigin(line.originCountry, line.supplierCountry);
  const content = contentCases(line);
  const mode = c.type === "unknown" && line.givenElements.length === 0 ? ({ kind: "unknown" } as Mode) : modeOf(c, first);
  const endUse = endUseOf(line);
  const shareGiven = line.chinaOriginShare;
  const shares = origin.possible.includes("abroad") ? (shareGiven === null ? [1, 0] : [shareGiven]) : [1];
  const lens = ctx.scenario.lens;

  const inputs: LineInput[] = [];
  const estimated: string[] = [];
  /** Inputs that were estimated or assumed; whether each mattered is settled once the cases are evaluated. */
  const maybe = new Set<string>();
  const input = (name: string, value: string, est = false) => {
    inputs.push({ name, value, estimated: est });
    if (est) maybe.add(name);
  };
  const typeText = `${LINE_TYPE_LABELS[c.type]}${c.grade ? `, grade ${c.grade.text} (${c.grade.family} family)` : ""}${c.grainBoundaryDiffused ? ", grain-boundary diffused" : ""}`;
  input("type", `${typeText} (${c.evidence.map((e) => `${e.from}: "${e.matched}"`).join("; ") || "no evidence"}; confidence ${c.confidence})`);
  input("traded as", c.tradedAs.replaceAll("_", " "));
  input("origin", origin.text, origin.assumed);
  if (line.unitValue) input("unit value", `${line.unitValue.currency} ${line.unitValue.amount} = US$${Number(line.unitValue.usd.toPrecision(6))} (${line.unitValue.rate})`);
  input("content", content.text, content.estimated);
  if (content.estimated && line.content.ok && line.content.mass) input("magnet or material mass", `${fmtG(line.content.mass.lowG)}–${fmtG(line.content.mass.highG)} g per unit (${line.content.mass.basis})`, true);
  if (origin.possible.includes("abroad")) input("China-origin share", shareGiven === null ? "not given" : `${Number((shareGiven * 100).toPrecision(4))} %`, shareGiven === null);
  input("end use", endUse.text, endUse.assumed);
  input("buyer's country", line.destination ? `${line.destination.name} (row)` : `${destination === "us" ? "United States" : destination === "jp" ? "Japan" : "elsewhere"} (scenario)`);
  const answer = lookupLineCode(line.hsCode, ctx);
  const controlledNow = new Set(kernels.flatMap((k) => [...k.controlled]));
  const codeCandidates = codeCandidatesOf(answer, controlledNow);
  if (line.hsCode) input("customs code", `${line.hsCode}${codeCandidates.length > 0 ? `: reference code of ${list([...new Set(codeCandidates.map((x) => x.controlCode))])}` : answer?.compositionDecides ? ": no reference code decides; composition does" : ": no controlled item lists it"}`);

  const base = { inputs, estimated, codeCandidates, contentPct: null as LineTriage["contentPct"], thresholdPct: null as number | null };
  /** An estimate or assumption is named on the line when the answer rests on it. */
  const settleEstimated = (mattered: (name: string) => boolean) => {
    for (const name of maybe) if (mattered(name)) estimated.push(name);
    for (const i of inputs) i.estimated = estimated.includes(i.name);
  };
  const done = (action: Action, status: Status | null, reason: string, extra: Partial<LineTriage> = {}): LineTriage => ({
    action,
    status,
    reason,
    missing: [],
    drivers: [],
    ...base,
    ...extra,
  });

  if (mode.kind === "unknown") {
    const missing = ["what the part is: a type column, a description naming it, or a customs code that decides it"];
    settleEstimated(() => false);
    return done("insufficient-data", null, `Insufficient data: the line does not say what the part is${c.conflicts.length > 0 ? ` (${c.conflicts.join(" ")})` : ""}.`, { missing });
  }

  // The file lists elements for a part whose description reads as holding no rare earth (a "Steel bolt" with Dy 0.5 g):
  // the inputs conflict, and either may be wrong. Never cleared on the description.
  if (mode.kind === "unlisted" && c.tradedAs === "not_applicable" && line.givenElements.length > 0) {
    const given = line.givenElements.map((g) => g.element);
    const controlled = given.filter((e) => controlledNow.has(e));
    settleEstimated(() => false);
    return done(
      "review",
      null,
      `Review: the file lists ${list(given)} for this part, but its description reads as ${c.evidence.find((e) => e.from === "description")?.reads ?? "a part that holds no rare earth"}; the inputs conflict. ` +
        (controlled.length > 0
          ? `${list(controlled)} ${controlled.length === 1 ? "is" : "are"} controlled under this scenario: check what the part is and what it holds.`
          : "None of them is controlled under this scenario, but check what the part is and what it holds."),
      { drivers: controlled.sort((a, b) => (ctx.order.get(a) ?? 0) - (ctx.order.get(b) ?? 0)) },
    );
  }

  // Every case, per outcome.
  type Case = { level: Level; from: "china" | "abroad"; share: number; content: number; form: number };
  const forms = mode.kind === "listed" ? mode.forms : [null];
  const perOutcome: Case[][] = kernels.map((k) => {
    const cases: Case[] = [];
    for (const from of origin.possible) {
      for (const share of from === "abroad" ? shares : [1]) {
        content.cases.forEach((cc, i) => {
          forms.forEach((form, f) => cases.push({ level: evaluate(mode, form, cc, from, share, line, k, endUse, lens), from, share, content: i, form: f }));
        });
      }
    }
    return cases;
  });

  const drivers = [...new Set(perOutcome.flat().flatMap((x) => x.level.drivers))].sort((a, b) => (ctx.order.get(a) ?? 0) - (ctx.order.get(b) ?? 0));
  const pcts = perOutcome.flat().map((x) => x.level.pct).filter((p): p is number => p !== null);
  const thresholdPct = kernels.map((k) => k.rules.deMinimisPct).find((t) => t !== null) ?? null;
  base.contentPct = pcts.length > 0 ? { low: Math.min(...pcts), high: Math.max(...pcts) } : null;
  base.thresholdPct = thresholdPct;

  // Which of the open questions moves the answer, in any outcome: the cases that differ in that question alone.
  const DIMS = ["from", "share", "content", "form"] as const;
  const moves = (dim: (typeof DIMS)[number]) =>
    perOutcome.some((cases) => {
      const groups = new Map<string, Set<number>>();
      for (const x of cases) {
        const key = DIMS.filter((d) => d !== dim).map((d) => String(x[d])).join("|");
        const set = groups.get(key) ?? new Set<number>();
        set.add(x.level.rank);
        groups.set(key, set);
      }
      return [...groups.values()].some((set) => set.size > 1);
    });
  const undecided = perOutcome.some((cases) => new Set(cases.map((x) => x.level.rank)).size > 1);
  const everCaught = perOutcome.some((cases) => cases.some((x) => x.level.kind !== "free"));
  const moved = { origin: moves("from"), share: moves("share") };
  settleEstimated((name) =>
    name === "origin" ? moved.origin : name === "China-origin share" ? moved.share : name === "end use" ? everCaught : mode.kind !== "unlisted" && everCaught,
  );
  const incomplete = line.invalid.includes("element") || line.invalid.includes("grams_per_unit");

  if (undecided) {
    const byContent = moves("content");
    const byOrigin = moved.origin;
    const byShare = moved.share;
    const byForm = moves("form");
    const missing: string[] = [];
    const reviews: string[] = [];
    if (byContent) {
      if (!content.decidable) missing.push(...(line.content.ok ? [] : line.content.insufficient));
      else reviews.push(`Composition decides: the estimate (${content.text}) spans both answers. Ask the supplier for the part's composition (grams of Dy, Tb and other controlled elements).`);
    }
    if (byForm && !missing.some((m) => m.includes("material"))) missing.push("the magnet's material (NdFeB, SmCo, ferrite)");
    if (byOrigin) {
      if (origin.ifUncertain.review) reviews.push(origin.ifUncertain.review);
      else missing.push(origin.ifUncertain.missing);
    }
    if (byShare) missing.push("the China-origin share of its rare-earth content (made outside China, where the 0.1 % rule applies)");
    // Undecided in a way none of the above isolates (two questions at once): name them all.
    if (missing.length === 0 && reviews.length === 0) {
      if (!content.decidable && !line.content.ok) missing.push(...line.content.insufficient);
      if (origin.possible.length > 1) missing.push(origin.ifUncertain.missing);
      if (shares.length > 1) missing.push("the China-origin share of its rare-earth content");
    }
    const worst = perOutcome.flat().reduce((w, x) => (x.level.rank > w.level.rank ? x : w));
    const orList = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} or ${xs[xs.length - 1]}`);
    const caughtIf = content.decidable ? `If it is caught: ${worst.level.note}.` : `If it holds ${orList(worst.level.drivers)}: ${worst.level.decision}.`;
    if (missing.length > 0) {
      return done("insufficient-data", null, `Insufficient data: the answer depends on ${[...new Set(missing)].join("; ")}. ${reviews.join(" ")} ${caughtIf}`.replace(/\s+/g, " ").trim(), {
        missing: [...new Set(missing)],
        drivers,
      });
    }
    return done("review", worst.level.status, `Review: ${reviews.join(" ")} ${caughtIf}`.replace(/\s+/g, " ").trim(), { drivers });
  }

  // Decided within each outcome: the worst outcome decides the action.
  // The note of the case that knows most (the highest content case) explains the decision best.
  const levels = perOutcome.map((cases) => (cases.reduce((a, b) => (b.content >= a.content ? b : a)) as Case).level);
  const worst = levels.reduce((w, l) => (l.rank > w.rank || (l.rank === w.rank && compareStatus(l.status, w.status) > 0) ? l : w));
  let action: Action = worst.kind === "free" ? "clear" : worst.kind === "held" || worst.kind === "upstream" ? "review" : worst.status === "denied" ? "hold" : worst.status === "case-by-case" ? "review" : "apply";
  const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  const sentence = (l: Level) =>
    l.kind === "free" ? `Clear: ${l.note}.` : l.kind === "held" ? `Review: ${l.note}. Declare the composition to customs (a Dy/Tb-free certificate) and expect delays.` : `${cap(l.note)}.`;
  // A decision that holds wherever the goods were made says why for each place.
  const richest = perOutcome.map((cases) => {
    const top = Math.max(...cases.map((x) => x.content));
    const top_ = cases.filter((x) => x.content === top);
    const plain = [...new Set(top_.map((x) => x.level.note))];
    if (plain.length === 1) return plain;
    const place = (x: (typeof top_)[number]) => (x.from === "china" ? "bought from China" : "made outside China");
    return [...new Set(top_.map((x) => (x.level.note.startsWith(place(x)) ? x.level.note : `${place(x)}: ${x.level.note}`)))];
  });
  const texts = levels.map((l, i) => (l.kind === "free" ? `Clear: ${(richest[i] ?? [l.note]).join("; ")}.` : sentence(l)));
  let reason = new Set(texts).size === 1 ? (texts[0] ?? "") : levels.map((l, i) => `${OUTCOME_WORDS[kernels[i]?.rules.outcome ?? "recorded"]}: ${sentence(l)}`).join(" ");
  if (content.estimated && action !== "clear") reason += ` Content: ${content.text}.`;
  const missing: string[] = [];

  // An estimate within a factor of 2 of the 0.1 % threshold is not a decision.
  if (content.estimated && thresholdPct !== null && base.contentPct && action !== "hold") {
    const { low, high } = base.contentPct;
    if (high >= thresholdPct / 2 && low <= thresholdPct * 2) {
      action = "review";
      reason += ` Review: the estimated China-origin content, ${fmtPct(low) === fmtPct(high) ? fmtPct(low) : `${fmtPct(low)}–${fmtPct(high)}`} % of the part's value, is within a factor of 2 of the ${thresholdPct} % threshold.`;
    }
  }
  if (action === "clear" && codeCandidates.length > 0) {
    action = "review";
    reason += ` Review: the customs code ${line.hsCode} is China's reference code for ${list(codeCandidates.map((x) => `${x.controlCode} (${x.item})`))}; the description governs, so check what the goods are.`;
  }
  // Inputs that disagree (the description against the customs code or the type column), or a reading that may be
  // wrong, are never a clearance: the officer checks what the goods are.
  if (action === "clear" && (c.conflicts.length > 0 || c.doubts.length > 0)) {
    action = "review";
    reason = `Review: ${[...c.conflicts, ...c.doubts].join(" ")} If the part is as read: ${reason}`;
  }
  if (action === "clear" && incomplete) {
    action = "insufficient-data";
    missing.push(`the rows of this part that could not be read (rows ${line.errorRows.join(", ")})`);
    reason = `Insufficient data: rows ${line.errorRows.join(", ")} of this part could not be read, so the elements they list are not known. ${reason}`;
  }
  if (c.conflicts.length > 0 && !reason.includes(c.conflicts[0] ?? "")) reason += ` Note: ${c.conflicts.join(" ")}`;
  return done(action, worst.kind === "free" ? "free" : worst.status, reason, { drivers: worst.kind === "free" ? [] : drivers, missing });
}
