import type { Scenario } from "../engine/scenario";

/**
 * A parts list is checked under the border lens unless the request asks for the dependency lens: what each line
 * needs at China's border is the compliance officer's question. The lens changes no rule of the scenario.
 */
export function withPartsLens(scenario: Scenario, lensGiven: boolean): Scenario {
  return lensGiven || scenario.lens === "border" ? scenario : { ...scenario, lens: "border" };
}
