import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { formatDay } from "../format/format-date";
import { msOf, toMeasuresTimelineSeries } from "./measures-timeline-series";

const DAY = 86_400_000;
const TODAY = "2026-11-25";
const dataset = getDataset();
const series = toMeasuresTimelineSeries(dataset, TODAY);
const row = (id: string) => series.rows.find((r) => r.id === id);

describe("toMeasuresTimelineSeries", () => {
  it("lists the China-side rare-earth measures, suspensions and trade arrangements left out, differing parts added", () => {
    // 23 measures: US-side (affiliates rule, DFARS), CN+US (Geneva, Busan), not rare-earth (Ann. 55, 58) and the
    // suspensions (Ann. 70, 72) are left out: 15 rows, the two practices on record among them. Ann. 46 Art. 2 (suspended by Ann. 72) and Ann. 61 items 1-2
    // (due 1 Dec 2025) have their own dates: 3 part rows. Ann. 46 Art. 1 and Ann. 61 item 3 match their measure.
    expect(series.rows.map((r) => r.id)).toEqual([
      "cn-tech-catalogue-2023",
      "cn-re-management-regulations-2024",
      "cn-mofcom-ann46-2024",
      "cn-mofcom-ann46-2024#art2",
      "cn-mofcom-gac-ann18-2025",
      "cn-customs-ndfeb-content-checks-2025",
      "cn-samarium-military-practice-2025",
      "cn-mofcom-gac-ann56-2025",
      "cn-mofcom-gac-ann57-2025",
      "cn-mofcom-ann61-2025",
      "cn-mofcom-ann61-2025#item1",
      "cn-mofcom-ann61-2025#item2",
      "cn-mofcom-ann62-2025",
      "cn-general-licences-2025-12",
      "cn-dual-use-catalogue-2026",
      "cn-mofcom-ann1-2026-japan",
      "cn-japan-entity-lists-2026-02-24",
      "cn-japan-entity-lists-2026-06-29",
    ]);
  });

  // Segment lengths in days on the axis 2023-07-01 .. 2027-06-30.
  it.each([
    // Ann. 18: in force 4 Apr 2025 → 30 Jun 2027 = 365 + 365 + (26 + 31 + 30) = 817 days, never suspended.
    ["cn-mofcom-gac-ann18-2025", "Ann. 18/2025", "2025-04-04", 817, 0, 0, false, "in force"],
    // Ann. 57: due 8 Nov 2025, suspended from 7 Nov 2025 (the day before) → never in force; suspended "until 10 Nov
    // 2026", through that day: 7 Nov 2025 → 11 Nov 2026 = 365 + 4 = 369 days; after it, 11 Nov 2026 → 30 Jun 2027 =
    // 19 + 31 + 31 + 28 + 31 + 30 + 31 + 30 = 231 days.
    ["cn-mofcom-gac-ann57-2025", "Ann. 57/2025", "2025-11-07", 0, 369, 231, true, "scheduled end passed, not on record"],
    // Ann. 61 (item 3): in force 9 Oct → 7 Nov 2025 = 22 + 7 = 29 days, then as Ann. 57.
    ["cn-mofcom-ann61-2025", "Ann. 61/2025", "2025-10-09", 29, 369, 231, false, "scheduled end passed, not on record"],
    // Ann. 61 item 1: due 1 Dec 2025, suspended from 7 Nov 2025: never in force.
    ["cn-mofcom-ann61-2025#item1", "Ann. 61 item 1", "2025-11-07", 0, 369, 231, true, "scheduled end passed, not on record"],
    // Ann. 46 Art. 2: in force 3 Dec 2024 → 9 Nov 2025 = 365 − 24 = 341 days; suspended by Ann. 72 through
    // 27 Nov 2026: 9 Nov 2025 → 28 Nov 2026 = 365 + 19 = 384 days; after, 28 Nov 2026 → 30 Jun 2027 = 214.
    // On 25 Nov 2026 it is still suspended.
    ["cn-mofcom-ann46-2024#art2", "Ann. 46 Art. 2", "2024-12-03", 341, 384, 214, false, "suspended"],
    // Customs content checks: 4 Apr → 30 Jun 2025, the last day included: 27 + 31 + 30 = 88 days; ended by today.
    ["cn-customs-ndfeb-content-checks-2025", "NdFeB content checks", "2025-04-04", 88, 0, 0, false, "ended"],
    // Technology catalogue: 21 Dec 2023 → 21 Dec 2026 = 3 × 365 + 1 (29 Feb 2024) = 1096; → 21 Jun 2027 = 182;
    // → 30 Jun 2027 = 9: 1287 days.
    ["cn-tech-catalogue-2023", "Tech. catalogue", "2023-12-21", 1287, 0, 0, false, "in force"],
  ] as const)("%s (%s): from %s, %s d in force, %s d suspended, %s d after", (id, label, start, inForce, suspended, after, never, status) => {
    const r = row(id)!;
    expect(r.label).toBe(label);
    expect(r.offset).toBe(msOf(start));
    expect(r.inForce / DAY).toBe(inForce);
    expect(r.suspended / DAY).toBe(suspended);
    expect(r.afterScheduledEnd / DAY).toBe(after);
    expect(r.neverInForce).toBe(never);
    expect(r.statusToday).toBe(status);
  });

  it.each([
    // Before 7 Nov 2025 Ann. 57 was announced but not yet due; during the pause it is suspended.
    ["2025-10-20", "not yet in force"],
    ["2026-06-30", "suspended"],
    // "until 10 November" runs through that day
    ["2026-11-10", "suspended"],
    ["2026-11-11", "scheduled end passed, not on record"],
  ])("Ann. 57 on %s: %s", (today, status) => {
    expect(toMeasuresTimelineSeries(dataset, today).rows.find((r) => r.id === "cn-mofcom-gac-ann57-2025")?.statusToday).toBe(status);
  });

  it("agrees with the data's own never-in-force flags on Ann. 61's parts", () => {
    const ann61 = dataset.measures.measures.find((m) => m.id === "cn-mofcom-ann61-2025")!;
    for (const p of ann61.parts ?? []) {
      const r = row(`cn-mofcom-ann61-2025#${p.part}`) ?? row("cn-mofcom-ann61-2025")!;
      expect(r.neverInForce).toBe((p as { neverInForce?: boolean }).neverInForce);
    }
  });

  it("names the suspension on the measures it suspends, with dates in the tooltip", () => {
    expect(row("cn-mofcom-gac-ann57-2025")?.suspendedBy).toBe("Ann. 70/2025");
    expect(row("cn-mofcom-ann46-2024#art2")?.suspendedBy).toBe("Ann. 72/2025");
    expect(row("cn-mofcom-gac-ann57-2025")?.details).toEqual([
      "Announced 9 Oct 2025",
      "Effective 8 Nov 2025 (due; never took effect)",
      "Suspended from 7 Nov 2025 by Ann. 70/2025",
      "Suspension scheduled to run until 10 Nov 2026: what followed is not on record",
    ]);
  });

  it("has half-yearly ticks and lines for 10 Nov 2026 and today", () => {
    // 1 Jul 2023, then 1 Jan and 1 Jul of 2024-2026, then 1 Jan 2027: 8 ticks (1 Jul 2027 is past the end).
    expect(series.ticks.map((t) => new Date(t).toISOString().slice(0, 10))).toEqual([
      "2023-07-01", "2024-01-01", "2024-07-01", "2025-01-01", "2025-07-01", "2026-01-01", "2026-07-01", "2027-01-01",
    ]);
    expect(series.domain).toEqual([msOf("2023-07-01"), msOf("2027-06-30")]);
    expect(series.referenceLines.map((l) => [l.ms, l.label])).toEqual([
      [msOf("2026-11-10"), "10 Nov 2026: scheduled end"],
      [msOf(TODAY), "Today, 25 Nov 2026"],
    ]);
  });

  it("says only Ann. 18 has held without interruption", () => {
    // Goods controls (item licensing, extraterritorial): Ann. 18, 56, 57, 61. Ann. 61 was suspended after a month;
    // Ann. 56 and 57 were suspended the day before they were due.
    expect(series.takeaway).toBe(
      "Only Ann. 18/2025 of the 4 rare-earth goods controls has been in force without interruption since 4 Apr 2025; Ann. 56/2025 and Ann. 57/2025 never took effect.",
    );
  });

  it.each([
    ["2025-04-04", "4 Apr 2025"],
    ["2026-11-10", "10 Nov 2026"],
  ])("formatDay(%s) = %s", (iso, text) => expect(formatDay(iso)).toBe(text));
});
