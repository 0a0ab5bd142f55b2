import type { ParamIssue } from "@/lib/scenario/scenario-params";
import { toScenarioNoticeGroups } from "@/lib/scenario/scenario-notices-view";
import { testIds } from "@/lib/test-ids";

type Props = { notices: readonly ParamIssue[]; warnings: readonly ParamIssue[] };

/** What the page made of its link: parameters replaced by the default, read as something else, or ignored. */
export function ScenarioNotices({ notices, warnings }: Props) {
  const groups = toScenarioNoticeGroups(notices, warnings);
  if (groups.length === 0) return null;
  return (
    <div role="status" className={`space-y-2 rounded border p-3 text-sm ${notices.length > 0 ? "border-status-case" : "border-border"}`}>
      <p className="font-medium">About this link</p>
      {groups.map((g) => (
        <div key={g.kind} data-testid={g.kind === "replaced" ? testIds.scenarioNotice : testIds.scenarioWarnings(g.kind)}>
          <p>{g.title}</p>
          <ul className="list-disc pl-5">
            {g.items.map((n, i) => (
              <li key={`${n.param}-${i}`}>
                <code>{n.param}</code>: {n.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
