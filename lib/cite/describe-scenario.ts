import type { Scenario } from "../engine/scenario";
import { formatPartialDate } from "../sources/format-source";

/**
 * The scenario in words, for a chart that leaves the page: the regime and its date, the elements controlled and every
 * rule a reader can change. "April 2025 (Ann. 18), as of 1 Jun 2025 · 7 of 17 elements controlled (Sc, Y, …) · …"
 */
export function describeScenario(s: Scenario): string {
  const parts = [
    `${s.regimeName}, as of ${formatPartialDate(s.asOf)}`,
    s.controlledElements.length === 0
      ? "no element controlled"
      : `${s.controlledElements.length} of 17 elements controlled (${s.controlledElements.join(", ")})`,
    s.extraterritorial
      ? `0.1 % rule on (threshold ${s.deMinimisPct ?? "—"} %, ${s.reading === "annex" ? "annex reading" : "broad reading"})`
      : "0.1 % rule off",
    `military end use ${s.militaryEndUse === "deny" ? "denied" : "licensed like civil"}`,
    `FAQ exclusions ${s.exclusions === "apply" ? "applied" : "ignored"}`,
  ];
  const shares = Object.entries(s.chinaShareOverrides);
  if (shares.length > 0) parts.push(`China-share what-if ${shares.map(([k, v]) => `${k} ${Math.round((v ?? 0) * 1000) / 10} %`).join(", ")}`);
  if (s.overrides.length > 0) parts.push(`changed from the preset: ${s.overrides.join(", ")}`);
  return parts.join(" · ");
}
