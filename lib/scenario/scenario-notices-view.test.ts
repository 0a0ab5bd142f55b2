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
    expect(groups).toEqual([
      { kind: "replaced", title: "Not valid, replaced by the default:", items: [{ param: "threshold", text: '"lots" is not a number (percent, e.g. 0.1)' }] },
      {
        kind: "read-as",
        title: "Read differently from how it is written:",
        items: [
          { param: "regime", text: '"APR-2025" read as apr-2025' },
          { param: "military", text: '"licence" read as license' },
        ],
      },
      // The group's title says "ignored": the item does not repeat it.
      { kind: "ignored", title: "Ignored:", items: [{ param: "threshold", text: "the 0.1 % rule (extraterritorial) is off in this scenario" }] },
    ]);
  });

  it("shows nothing when the link was read as written", () => {
    expect(toScenarioNoticeGroups([], [])).toEqual([]);
  });
});
