import type { Scenario } from "../engine/scenario";
import { describeScenarioBrief } from "../report/scenario-lines";
import { formatPartialDate } from "../format/format-date";

const DESTINATION = { us: "buyer in the US", jp: "buyer in Japan", other: "buyer elsewhere" } as const;

/**
 * The scenario in words, for a chart that leaves the page: the regime and its date, the lens, the buyer, the elements
 * controlled and every rule a reader can change. "April 2025 (Ann. 18), as of 1 Jun 2025 · dependency lens · …"
 */
export function describeScenario(s: Scenario): string {
  const last = s.outcomes[s.outcomes.length - 1];
  const parts = [
    `${s.regimeName}, as of ${formatPartialDate(s.asOf)}`,
    s.outcome === "range" ? "not on record after the suspension's end: ranges (low = extended, high = lapsed)" : null,
    s.outcome === "extended" || s.outcome === "lapsed" ? `assumes the suspension ${s.outcome === "extended" ? "was extended" : "lapsed"}` : null,
    `${s.lens} lens`,
    DESTINATION[s.destination],
    describeScenarioBrief(s),
    s.reading === "broad" ? "broad reading" : null,
    `military end use ${last?.militaryEndUse === "deny" ? "denied" : "licensed like civil"}`,
    `FAQ exclusions ${s.exclusions === "apply" ? "applied" : "ignored"}`,
    `licence friction ${s.frictionPct} %`,
  ];
  const shares = Object.entries(s.chinaShareOverrides);
  if (shares.length > 0) parts.push(`China-share what-if ${shares.map(([k, v]) => `${k} ${Math.round((v ?? 0) * 1000) / 10} %`).join(", ")}`);
  if (s.overrides.length > 0) parts.push(`changed from the preset: ${s.overrides.join(", ")}`);
  return parts.filter((p): p is string => p !== null).join(" · ");
}
