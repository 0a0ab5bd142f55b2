import { describe, expect, it } from "vitest";
import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/constants";
import {
  formatShareEntries,
  formatShareMap,
  readDate,
  readElementList,
  readEnum,
  readPercent,
  readRegimeId,
  readShareEntries,
  readShareMap,
  type ShareMap,
  type ValueRead,
} from "./param-readers";

const THRESHOLD = { min: 0, max: 100, example: "0.1", fractionHint: false };
const FRICTION = { min: 0, max: 100, example: "75", fractionHint: true };
const PCT_SIGN = "(the value is a percent; the % sign is not needed)";

function expectRead<T>(r: ValueRead<T>, value: T, notes: string[] = []) {
  expect(r).toEqual({ ok: true, value, notes });
}
function expectBad<T>(r: ValueRead<T>, message: RegExp) {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.message).toMatch(message);
}

describe("readPercent", () => {
  it.each<[string, typeof THRESHOLD, number, string[]]>([
    ["0.1", THRESHOLD, 0.1, []],
    [".5", THRESHOLD, 0.5, []], // notation is not reported: ".5" is 0.5
    ["1e-1", THRESHOLD, 0.1, []],
    [" 2 ", THRESHOLD, 2, []], // a "+" in a query decodes to a space around the number
    ["0", THRESHOLD, 0, []],
    ["100", THRESHOLD, 100, []],
    ["0.1%", THRESHOLD, 0.1, [`"0.1%" read as 0.1 ${PCT_SIGN}`]],
    [" 0.5 % ", THRESHOLD, 0.5, [`" 0.5 % " read as 0.5 ${PCT_SIGN}`]],
    ["0.75", THRESHOLD, 0.75, []], // a threshold of 0.75 % is an ordinary threshold: no fraction hint
    ["75", FRICTION, 75, []],
    ["75%", FRICTION, 75, [`"75%" read as 75 ${PCT_SIGN}`]],
    // 0.75 as a fraction would be 75 %: 0.75 x 100 = 75.
    ["0.75", FRICTION, 0.75, ['"0.75" read as 0.75 %; a value of 1 or less may have been meant as a fraction: for 75 % write 75 (0.75% says 0.75 % without this warning)']],
    ["1", FRICTION, 1, ['"1" read as 1 %; a value of 1 or less may have been meant as a fraction: for 100 % write 100 (1% says 1 % without this warning)']],
    ["0.75%", FRICTION, 0.75, []], // the % sign says percent, and is the canonical spelling here
    [".50 %", FRICTION, 0.5, []],
    ["0", FRICTION, 0, []], // 0 is 0 either way
  ])("%j -> %s", (raw, o, value, notes) => {
    expectRead(readPercent(raw, o), value, notes);
  });

  it.each<[string, RegExp]>([
    ["abc", /"abc" is not a number \(percent, e\.g\. 0\.1\)/],
    ["", /not a number/],
    ["%", /not a number/],
    ["0.1%%", /not a number/],
    ["1,5", /not a number/],
    ["0x10", /not a number/],
    ["Infinity", /not a number/],
    ["1e", /not a number/],
    ["-1", /^-1 is outside 0-100 \(percent\)$/],
    ["101", /^101 is outside 0-100/],
    ["100.0001%", /outside 0-100/],
  ])("%j is refused", (raw, message) => {
    expectBad(readPercent(raw, THRESHOLD), message);
  });
});

describe("readEnum", () => {
  const military = { values: ["license", "deny"] as const, aliases: { licence: { to: "license" as const } } };
  const destination = {
    values: ["us", "jp", "other"] as const,
    aliases: { usa: { to: "us" as const }, japan: { to: "jp" as const }, eu: { to: "other" as const, silent: true } },
  };

  it.each<[string, typeof military | typeof destination, string, string[]]>([
    ["license", military, "license", []],
    ["deny", military, "deny", []],
    ["License", military, "license", ['"License" read as license']],
    ["licence", military, "license", ['"licence" read as license']],
    ["LICENCE", military, "license", ['"LICENCE" read as license']],
    [" deny ", military, "deny", ['" deny " read as deny']],
    ["us", destination, "us", []],
    ["US", destination, "us", ['"US" read as us']],
    ["usa", destination, "us", ['"usa" read as us']],
    ["japan", destination, "jp", ['"japan" read as jp']],
    ["JP", destination, "jp", ['"JP" read as jp']],
    ["eu", destination, "other", []], // documented alias: no warning
    ["EU", destination, "other", ['"EU" read as other']], // but not written as documented
  ])("%j -> %s", (raw, o, value, notes) => {
    expectRead(readEnum(raw, o as typeof destination), value, notes);
  });

  it.each([["maybe"], [""], ["lic"], ["licensed"], ["deny,license"]])("%j is refused, listing the values", (raw) => {
    expectBad(readEnum(raw, military), new RegExp(`^"${raw}" is not one of license, deny$`));
  });
});

describe("readRegimeId", () => {
  it.each<[string, string, string[]]>([
    ["apr-2025", "apr-2025", []],
    ["APR-2025", "apr-2025", ['"APR-2025" read as apr-2025']],
    [" breakdown", "breakdown", ['" breakdown" read as breakdown']],
    ["no-such", "no-such", []], // existence is decided when the scenario is resolved
  ])("%j -> %s", (raw, value, notes) => {
    expectRead(readRegimeId(raw), value, notes);
  });

  it.each([["apr 2025"], [""], ["apr_2025"], ["<script>"], ["a".repeat(65)]])("%j is not a regime id", (raw) => {
    expectBad(readRegimeId(raw), /is not a regime id$/);
  });
});

describe("readDate", () => {
  const range = { min: "2000-01-01", max: "2100-12-31" };
  const dropped = (raw: string, date: string) => `"${raw}" read as ${date}: the time of day is dropped (the date as written, whatever the time zone)`;

  it.each<[string, string, string[]]>([
    ["2025-06-01", "2025-06-01", []],
    ["2024-02-29", "2024-02-29", []], // a leap day
    ["2025-06-01T10:00:00Z", "2025-06-01", [dropped("2025-06-01T10:00:00Z", "2025-06-01")]],
    // The date as written: 23:30 at UTC-5 is already 2 June in UTC, but the user wrote 1 June.
    ["2025-06-01T23:30:00-05:00", "2025-06-01", [dropped("2025-06-01T23:30:00-05:00", "2025-06-01")]],
    ["2025-06-01T10:00:00 02:00", "2025-06-01", [dropped("2025-06-01T10:00:00 02:00", "2025-06-01")]], // "+02:00" after query decoding
    ["2025-06-01T10:00:00.123Z", "2025-06-01", [dropped("2025-06-01T10:00:00.123Z", "2025-06-01")]],
    ["2025-06-01 10:00", "2025-06-01", [dropped("2025-06-01 10:00", "2025-06-01")]],
    ["2025-06-01t10:00z", "2025-06-01", [dropped("2025-06-01t10:00z", "2025-06-01")]],
    [" 2025-06-01 ", "2025-06-01", ['" 2025-06-01 " read as 2025-06-01']],
  ])("%j -> %s", (raw, value, notes) => {
    expectRead(readDate(raw, range), value, notes);
  });

  it.each<[string, RegExp]>([
    ["2025-13-01", /"2025-13-01" is not a date in the form YYYY-MM-DD/],
    ["2025-02-30", /YYYY-MM-DD/],
    ["2025-6-1", /YYYY-MM-DD/],
    ["yesterday", /YYYY-MM-DD/],
    ["2025-06-01T", /YYYY-MM-DD/],
    ["2025-06-01T10", /YYYY-MM-DD/],
    ["2025-06-01T25:00", /YYYY-MM-DD/],
    ["2025-06-01T10:61", /YYYY-MM-DD/],
    ["2025-06-01Tjunk", /YYYY-MM-DD/],
    ["2025-06-01T10:00:00Zjunk", /YYYY-MM-DD/],
    ["1999-12-31", /^date must be between 2000-01-01 and 2100-12-31$/],
    ["2101-01-01T00:00Z", /between 2000-01-01 and 2100-12-31/],
  ])("%j is refused", (raw, message) => {
    expectBad(readDate(raw, range), message);
  });
});

describe("readElementList", () => {
  it.each<[string, ElementSymbol[], string[]]>([
    ["Dy,Tb", ["Dy", "Tb"], []],
    ["Tb,Dy", ["Tb", "Dy"], []], // order kept; the resolver sorts
    ["none", [], []],
    ["NONE", [], ['"NONE" read as none']],
    ["Dy Tb", ["Dy", "Tb"], ['"Dy Tb" read as Dy,Tb']], // also "Dy+Tb" after query decoding
    ["Dy;Tb", ["Dy", "Tb"], ['"Dy;Tb" read as Dy,Tb']],
    ["Dy+Tb", ["Dy", "Tb"], ['"Dy+Tb" read as Dy,Tb']], // a literal plus (%2B)
    ["dy, TB", ["Dy", "Tb"], ['"dy, TB" read as Dy,Tb']],
    ["  Dy  Tb  ", ["Dy", "Tb"], ['"  Dy  Tb  " read as Dy,Tb']],
    ["Dy,dy,DY,Tb", ["Dy", "Tb"], ['"Dy,dy,DY,Tb" read as Dy,Tb']],
  ])("%j -> %j", (raw, value, notes) => {
    expectRead(readElementList(raw), value, notes);
  });

  it.each<[string, RegExp]>([
    ["Xx", /^unknown element symbol "Xx"; expected one of Sc, Y, .* or "none"$/],
    ["Dy,Xx", /"Xx"/],
    ["Dy,none", /unknown element symbol "none"/],
    ["", /^empty element in ""; use "none" for no element$/],
    [" ", /empty element/],
    ["Dy,,Tb", /empty element/],
    ["Dy;;Tb", /empty element/],
    ["Dy,", /empty element/],
    [",Dy", /empty element/],
  ])("%j is refused", (raw, message) => {
    expectBad(readElementList(raw), message);
  });
});

describe("readShareEntries and readShareMap", () => {
  const FRACTION = (entry: string, pct: number, write: string) =>
    `${entry} read as ${pct} %; a value of 1 or less may have been meant as a fraction: for ${write.split(":")[1]} % write ${write} (${entry}% says ${pct} % without this warning)`;

  it.each<[string, Record<string, number>, string[]]>([
    ["Dy:50", { Dy: 50 }, []],
    ["all:60,Dy:80", { all: 60, Dy: 80 }, []],
    ["Dy:50%", { Dy: 50 }, ['"Dy:50%" read as Dy:50 (percent)']],
    ["dy:50,TB:25", { Dy: 50, Tb: 25 }, ['"dy:50,TB:25" read as Dy:50,Tb:25']],
    ["Dy:50 Tb:30", { Dy: 50, Tb: 30 }, ['"Dy:50 Tb:30" read as Dy:50,Tb:30']],
    ["Dy:50;Tb:30", { Dy: 50, Tb: 30 }, ['"Dy:50;Tb:30" read as Dy:50,Tb:30']],
    ["Dy:50+Tb:30", { Dy: 50, Tb: 30 }, ['"Dy:50+Tb:30" read as Dy:50,Tb:30']],
    ["Dy: 50 %, Tb : 30", { Dy: 50, Tb: 30 }, ['"Dy: 50 %, Tb : 30" read as Dy:50,Tb:30 (percent)']],
    ["ALL:60", { all: 60 }, ['"ALL:60" read as all:60']],
    ["Dy:0", { Dy: 0 }, []], // 0 is 0 either way
    ["Dy:0.5", { Dy: 0.5 }, [FRACTION("Dy:0.5", 0.5, "Dy:50")]], // 0.5 as a fraction is 50 %
    ["all:1", { all: 1 }, [FRACTION("all:1", 1, "all:100")]],
    ["Dy:0.5%", { Dy: 0.5 }, []], // the % sign says percent, and is the canonical spelling here
    ["dy:0.5%", { Dy: 0.5 }, ['"dy:0.5%" read as Dy:0.5% (percent)']],
  ])("%j -> %j", (raw, entries, notes) => {
    expectRead(readShareEntries(raw), entries, notes);
  });

  it("expands all to every symbol, a symbol's own value winning wherever it is written", () => {
    const halfButDy: ShareMap = {};
    for (const s of ELEMENT_SYMBOLS) halfButDy[s] = 0.5;
    halfButDy.Dy = 0.1;
    expectRead(readShareMap("all:50,Dy:10"), halfButDy);
    expectRead(readShareMap("Dy:10,all:50"), halfButDy);
    expectRead(readShareMap("Dy:100,Tb:0"), { Dy: 1, Tb: 0 });
  });

  it.each<[string, RegExp]>([
    ["Dy:150", /^share "150" for Dy must be a number from 0 to 100 \(percent\)$/],
    ["Dy:-5", /from 0 to 100/],
    ["Dy:half", /from 0 to 100/],
    ["Dy:50%%", /from 0 to 100/],
    ["Qq:10", /^unknown element symbol "Qq"$/],
    ["Dy", /^"Dy" should be SYMBOL:PERCENT \(e\.g\. Dy:50\) or all:PERCENT$/],
    ["Dy:10:20", /SYMBOL:PERCENT/],
    ["Dy:10,", /SYMBOL:PERCENT/],
    [":10", /SYMBOL:PERCENT/],
    ["", /SYMBOL:PERCENT/],
    ["Dy:10,Dy:20", /^Dy is given twice in "Dy:10,Dy:20"$/],
    ["all:10,ALL:20", /^all is given twice/],
  ])("%j is refused", (raw, message) => {
    expectBad(readShareEntries(raw), message);
  });
});

describe("formatShareMap and formatShareEntries", () => {
  it.each<[ShareMap, string | null]>([
    [{}, null],
    [{ Dy: 0.5 }, "Dy:50"],
    [{ Dy: 0.5, Tb: 0.255 }, "Tb:25.5,Dy:50"], // table order: Tb (65) before Dy (66)
    [{ Sc: 0.001 }, "Sc:0.1%"], // 0.1 %, written so that it cannot be taken for a fraction
    [{ Sc: 0.01 }, "Sc:1%"],
    [{ Sc: 0.011 }, "Sc:1.1"],
  ])("%j -> %s", (shares, text) => {
    expect(formatShareMap(shares)).toBe(text);
  });

  it("writes a share every symbol has in common once, as all", () => {
    const shares: ShareMap = {};
    for (const s of ELEMENT_SYMBOLS) shares[s] = 0.6;
    expect(formatShareMap(shares)).toBe("all:60");
    shares.Dy = 0.8;
    shares.Sc = 0.8;
    // 15 symbols at 60 %, 2 at 80 %: the most common value is "all".
    expect(formatShareMap(shares)).toBe("all:60,Sc:80,Dy:80");
  });

  it("writes all 17 one by one when no two share a value", () => {
    const shares: ShareMap = {};
    ELEMENT_SYMBOLS.forEach((s, i) => (shares[s] = i / 100));
    // Y at 1 % carries its % sign (1 could be a fraction); 0 and 2 and above do not.
    expect(formatShareMap(shares)).toBe(ELEMENT_SYMBOLS.map((s, i) => `${s}:${i}${i === 1 ? "%" : ""}`).join(","));
  });

  it("writes entries with all first", () => {
    expect(formatShareEntries({ Dy: 80, all: 60, Tb: 10 })).toBe("all:60,Tb:10,Dy:80");
    expect(formatShareEntries({})).toBeNull();
  });
});
