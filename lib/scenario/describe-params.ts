import { SCENARIO_PARAM_NAMES, SCENARIO_PARAMS_TABLE } from "./scenario-params";

/** README's parameter table, written from the grammar's table (a unit test keeps README equal to it). */
export function formatParamReferenceMarkdown(): string {
  const rows = SCENARIO_PARAM_NAMES.map((name) => {
    const spec = SCENARIO_PARAMS_TABLE[name];
    const label = `\`${name}\`${spec.modelVersion === 2 ? " (new in 2.0)" : ""}`;
    return `| ${label} | ${spec.description} | ${spec.valuesDoc} | ${spec.defaultDoc} |`;
  });
  return ["| parameter | meaning | values | default |", "|---|---|---|---|", ...rows].join("\n");
}
