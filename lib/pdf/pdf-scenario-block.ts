import type { Scenario } from "../engine/scenario";
import { describeScenarioLines } from "../report/scenario-lines";
import type { ParamIssue } from "../scenario/scenario-params";
import { CAVEAT } from "./pdf-document";
import type { PdfWriter } from "./pdf-writer";

export type ScenarioBlock = {
  scenario: Scenario;
  /** Parameters of the request read other than as written, or ignored. */
  warnings?: readonly ParamIssue[];
  /** Path and query that reproduce the scenario: "/?regime=apr-2025". */
  link: string;
};

/**
 * The scenario in words under a heading, as every report states it: the lines of describeScenarioLines, its
 * caveats ("none" when there are none), the request's warnings and the link that reproduces it.
 */
export function writeScenarioBlock(w: PdfWriter, block: ScenarioBlock, heading = "Scenario"): void {
  w.heading(heading, 12, 80);
  for (const [label, value] of describeScenarioLines(block.scenario)) w.keyValue(label, value);
  const caveats = block.scenario.caveats;
  if (caveats.length === 0) w.keyValue("Caveats", "none");
  caveats.forEach((caveat, i) => w.keyValue(i === 0 ? "Caveats" : "", `⚠ ${caveat}`, { color: CAVEAT }));
  (block.warnings ?? []).forEach((x, i) => w.keyValue(i === 0 ? "Request warnings" : "", `${x.param}: ${x.message}`, { color: CAVEAT }));
  w.keyValue("Link", block.link);
}
