import type { Scenario } from "./scenario";
import type { Status } from "./status";

export type EndUse = "civil" | "dual" | "military";

/**
 * The status a caught item takes from its end use under the scenario's rules, with the words that explain it.
 * Shared by the dataset's products and users' own parts, so both are judged alike.
 */
export function statusForEndUse(
  endUse: EndUse,
  advancedSemiconductor: boolean,
  scenario: Pick<Scenario, "militaryEndUse" | "advancedSemiconductor" | "civilGeneralLicence">,
): { status: Status; note: string } {
  if (endUse === "military" && scenario.militaryEndUse === "deny") return { status: "denied", note: "military end use: denied" };
  if (advancedSemiconductor && scenario.advancedSemiconductor === "case-by-case") {
    return { status: "case-by-case", note: "advanced-node semiconductor end use: case-by-case review" };
  }
  if (endUse === "civil" && scenario.civilGeneralLicence) return { status: "free", note: "civil end use passes under a general licence" };
  return { status: "license", note: "export licence required" };
}
