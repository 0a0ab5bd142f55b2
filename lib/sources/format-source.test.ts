import { describe, expect, it } from "vitest";
import { formatSourceLine, hostOf, sourceHref } from "./format-source";

describe("hostOf", () => {
  it.each([
    ["https://www.hitpages.com/doc/4512783609626624/9/", "hitpages.com"],
    ["http://en.people.cn/n3/2025/1010/c90000-20374885.html", "en.people.cn"],
    ["not a url", "not a url"],
  ])("%s → %s", (url, host) => expect(hostOf(url)).toBe(host));
});

describe("formatSourceLine", () => {
  it("quotes a title and prints the date in words", () => {
    expect(formatSourceLine({ publisher: "Straits Times", title: "China bans export", description: null, date: "2023-12-21" })).toBe(
      "Straits Times, “China bans export”, 21 Dec 2023",
    );
  });
  it("falls back to the register's description and leaves out a missing date", () => {
    expect(formatSourceLine({ publisher: "hymagnetics.com", title: null, description: "English text of Ann. 18", date: null })).toBe(
      "hymagnetics.com, English text of Ann. 18",
    );
  });
});

describe("sourceHref", () => {
  it("points at the entry's anchor on /sources", () => {
    expect(sourceHref("S12")).toBe("/sources#S12");
    expect(sourceHref("FX-ECB")).toBe("/sources#FX-ECB");
  });
});
