import type { ParamIssue } from "./scenario-params";

export type NoticeGroup = {
  kind: "replaced" | "read-as" | "ignored";
  title: string;
  /** Each parameter with what to show after its name (the group's title already says "ignored"). */
  items: { param: string; text: string }[];
};

const IGNORED = /^ignored(: )?/;

/**
 * What the page says about its link, in three groups: parameters that were not valid and were replaced by the default
 * (the lenient parser's notices), values read other than as written ("… read as …"), and parameters given but not used
 * (warnings whose message starts "ignored"). Empty groups are left out.
 */
export function toScenarioNoticeGroups(notices: readonly ParamIssue[], warnings: readonly ParamIssue[]): NoticeGroup[] {
  const item = (w: ParamIssue) => ({ param: w.param, text: w.message });
  const groups: NoticeGroup[] = [
    { kind: "replaced", title: "Not valid, replaced by the default:", items: notices.map(item) },
    { kind: "read-as", title: "Read differently from how it is written:", items: warnings.filter((w) => !IGNORED.test(w.message)).map(item) },
    {
      kind: "ignored",
      title: "Ignored:",
      items: warnings.filter((w) => IGNORED.test(w.message)).map((w) => ({ param: w.param, text: w.message.replace(IGNORED, "") })),
    },
  ];
  return groups.filter((g) => g.items.length > 0);
}
