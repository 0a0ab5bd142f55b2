import { describe, expect, it } from "vitest";
import { toScenarioNoticeGroups } from "./scenario-notices-view";

describe("toScenarioNoticeGroups", () => {
  it("separates what was replaced by the default, read as something else, and ignored", () => {
    const groups = toScenarioNoticeGroups(
      [{ param: "threshold", message: '"lots" is not a number (percent, e.g. 0.1)' }],
      [
        { param: "regime", message: '"APR-2025" read as apr-2025' },
        { param: "threshold", message: "ignored: the 0.1 % rule (extraterritorial) is off in this scenario" },
        { param: "military", message: '"licence" read as license' },
      ],
    );
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.param)])).toEqual([
      ["replaced", ["threshold"]],
      ["read-as", ["regime", "military"]],
      ["ignored", ["threshold"]],
    ]);
    expect(groups[0]!.title).toMatch(/replaced by the default/);
    expect(groups[1]!.title).toMatch(/read differently/);
    expect(groups[2]!.title).toMatch(/ignored/);
  });

  it("shows nothing when the link was read as written", () => {
    expect(toScenarioNoticeGroups([], [])).toEqual([]);
  });
});
