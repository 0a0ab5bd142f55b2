import type { OutcomeRules, Scenario } from "../engine/scenario";
import { formatCount } from "../format/format-number";
import { ELEMENT_SYMBOLS } from "../schemas/constants";

const DESTINATION_WORDS: Record<Scenario["destination"], string> = {
  us: "United States",
  jp: "Japan",
  other: "elsewhere (EU, India, Korea, …)",
};
const OUTCOME_WORDS: Record<OutcomeRules["outcome"], string> = {
  recorded: "",
  extended: "if the suspension was extended",
  lapsed: "if it lapsed",
};

const list = (xs: readonly string[]) => (xs.length > 0 ? xs.join(", ") : "none");

/** One line per outcome, or one line when the outcomes agree: "7 of 17: Sc, Y, …" / "… if extended; … if lapsed". */
function perOutcome(s: Scenario, words: (o: OutcomeRules) => string): string {
  const texts = s.outcomes.map(words);
  if (new Set(texts).size === 1) return texts[0] ?? "";
  return s.outcomes.map((o, i) => `${texts[i]} ${OUTCOME_WORDS[o.outcome]}`).join("; ");
}

/**
 * The scenario in words, label by label: the same lines in the PDF report, the CSV report's scenario block and the
 * exported charts, so that a figure forwarded alone still says what it assumes.
 */
export function describeScenarioLines(s: Scenario): [string, string][] {
  const total = ELEMENT_SYMBOLS.length;
  const shares = Object.entries(s.chinaShareOverrides)
    .filter((e): e is [string, number] => typeof e[1] === "number")
    .map(([el, share]) => `${el} ${Math.round(share * 1000) / 10} %`);
  return [
    ["Regime", s.regime ? `${s.regimeName} (${s.kind} preset "${s.regime}")` : s.regimeName],
    ["As of", `${s.asOf} (suspensions ${s.suspensions})`],
    [
      "Outcome",
      s.outcome === "recorded"
        ? "decided by the record"
        : s.outcome === "range"
          ? "not on record: a range, low = suspension extended, high = lapsed"
          : `not on record; this view assumes the suspension ${s.outcome === "extended" ? "was extended" : "lapsed"}`,
    ],
    ["Lens", s.lens === "dependency" ? "dependency: output made outside China that depends on a controlled input" : "border: what each traded item needs at China's border"],
    ["Buyer's country", DESTINATION_WORDS[s.destination]],
    ["Controlled elements", perOutcome(s, (o) => `${o.controlledElements.length} of ${total}: ${list(o.controlledElements)}`)],
    ["0.1 % rule (Ann. 61)", perOutcome(s, (o) => (o.extraterritorial ? `on; threshold ${o.deMinimisPct ?? "—"} % of value` : "off"))],
    ["Reading", s.reading === "broad" ? "broad (China-origin content against the finished product too)" : "annex (against the magnet or target itself)"],
    ["Military end use", perOutcome(s, (o) => (o.militaryEndUse === "deny" ? `denied${o.militaryBasis ? ` (${o.militaryBasis})` : ""}` : "licence"))],
    ["Advanced-node chips", perOutcome(s, (o) => (o.advancedSemiconductor === "case-by-case" ? "case-by-case" : "licence"))],
    ["FAQ exclusions", s.exclusions === "apply" ? "applied (motors, finished electronics, phosphors… not controlled)" : "set aside"],
    ["Licence friction", `${s.frictionPct} % of licensed supply does not arrive in time (denied: 100 %)`],
    ["China-share what-if", shares.length > 0 ? shares.join(", ") : "none (dataset shares)"],
    ["Changed from the preset", s.overrides.length > 0 ? s.overrides.join(", ") : "nothing"],
    ["Measures not on record", s.openMeasures.length > 0 ? formatCount(s.openMeasures.filter((m) => !m.includes("#")).length, "measure") : "none"],
  ];
}

/** Elements controlled in every outcome, and those controlled only if a suspension lapsed (not on record). */
export function splitControlled(s: Scenario): { always: string[]; open: string[]; union: string[]; regime: string[] } {
  const sets = s.outcomes.map((o) => o.controlledElements as readonly string[]);
  const union = [...new Set(sets.flat())];
  const always = union.filter((e) => sets.every((set) => set.includes(e)));
  const regime = [...new Set(s.outcomes.flatMap((o) => o.regimeControlledElements))];
  return { always, open: union.filter((e) => !always.includes(e)), union, regime };
}

/** "7 of 17 controlled: Sc, Y, …; 0.1 % rule off", with what the record leaves open. */
export function describeScenarioBrief(s: Scenario): string {
  const { always, open } = splitControlled(s);
  const total = ELEMENT_SYMBOLS.length;
  const elements =
    open.length === 0
      ? `${always.length} of ${total} controlled: ${always.join(", ") || "none"}`
      : `${always.length} of ${total} controlled (${always.join(", ") || "none"}), ${always.length + open.length} if the suspension lapsed (+${open.join(", ")})`;
  const rule = perOutcome(s, (o) => (o.extraterritorial ? `0.1 % rule on at ${o.deMinimisPct} %` : "0.1 % rule off"));
  return `${elements}; ${rule}`;
}
