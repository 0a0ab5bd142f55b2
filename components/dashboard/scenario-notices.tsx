import type { ParamIssue } from "@/lib/scenario/scenario-params";
import { toScenarioNoticeGroups } from "@/lib/scenario/scenario-notices-view";
import { testIds } from "@/lib/test-ids";

type Props = { notices: readonly ParamIssue[]; warnings: readonly ParamIssue[] };

/** The link's parameters that were replaced by the default, read as something else, or ignored. */
export function ScenarioNotices({ notices, warnings }: Props) {
  const groups = toScenarioNoticeGroups(notices, warnings);
  return groups.map((g) => (
    <div
      key={g.kind}
      role="status"
      data-testid={g.kind === "replaced" ? testIds.scenarioNotice : testIds.scenarioWarnings(g.kind)}
      className={`rounded border p-3 text-sm ${g.kind === "replaced" ? "border-status-case" : "border-border"}`}
    >
      <p className="font-medium">{g.title}</p>
      <ul className="mt-1 list-disc pl-5">
        {g.items.map((n, i) => (
          <li key={`${n.param}-${i}`}>
            <code>{n.param}</code>: {n.message}
          </li>
        ))}
      </ul>
    </div>
  ));
}
