import type { ParamIssue } from "./scenario-params";

export type NoticeGroup = { kind: "replaced" | "read-as" | "ignored"; title: string; items: ParamIssue[] };

/**
 * What the page says about its link, in three groups: parameters that were not valid and were replaced by the default
 * (the lenient parser's notices), values read other than as written ("… read as …"), and parameters given but not used
 * (warnings whose message starts "ignored"). Empty groups are left out.
 */
export function toScenarioNoticeGroups(notices: readonly ParamIssue[], warnings: readonly ParamIssue[]): NoticeGroup[] {
  const ignored = warnings.filter((w) => w.message.startsWith("ignored"));
  const readAs = warnings.filter((w) => !w.message.startsWith("ignored"));
  const groups: NoticeGroup[] = [
    { kind: "replaced", title: "Part of this link was not valid and was replaced by the default:", items: [...notices] },
    { kind: "read-as", title: "Part of this link was read differently from how it is written:", items: readAs },
    { kind: "ignored", title: "Part of this link was ignored:", items: ignored },
  ];
  return groups.filter((g) => g.items.length > 0);
}
