import type { Metadata } from "next";
import Link from "next/link";
import { getDataset } from "@/lib/data/load-dataset";
import { getTypicalComposition } from "@/lib/data/load-parts-data";
import type { PctRange } from "@/lib/schemas/typical-composition";

/** "1.5–4 % (2.5)", or "0–10 % (central NF)". */
function formatPctRange(r: PctRange): string {
  const range = r.lowPct === r.highPct ? `${r.lowPct} %` : `${r.lowPct}–${r.highPct} %`;
  if (r.lowPct === r.highPct) return range;
  return `${range} (${r.centralPct === null ? "central NF" : r.centralPct})`;
}

export const metadata: Metadata = { title: "Methodology: rare-earth exposure dashboard" };

function Formula({ children }: { children: string }) {
  return <pre tabIndex={0} className="my-2 overflow-x-auto rounded border border-border bg-card p-3 text-sm">{children}</pre>;
}

export default function MethodologyPage() {
  const d = getDataset();
  const et = d.controlRules.extraterritorial;
  const products = d.products.products;
  const withVolume = products.filter((p) => p.annualUnits.value !== null).length;
  const estValues = products.filter((p) => p.unitValueUsd.confidence === "EST").length;
  const tc = getTypicalComposition();
  return (
    <main className="mx-auto max-w-3xl p-4 sm:p-8">
      <p className="text-sm">
        <Link href="/" className="text-accent underline">← Dashboard</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Methodology</h1>
      <p className="mt-2 text-muted">
        What the numbers on the dashboard, in the API and in every report mean. All three compute through the same
        engine (<code>lib/engine</code>) on the same dataset (version {d.meta.version}).
      </p>

      <h2 className="mt-8 text-xl font-semibold">1. Regimes are dated measures</h2>
      <p className="mt-2">
        Each Chinese measure is stored with its announcement, effective date and any suspension (
        {d.measures.measures.length} measures in <code>data/measures.json</code>). A regime is the set of measures in
        force on a date, with suspensions read as scheduled, extended or ignored. The elements controlled are those the
        item-licensing measures in force list (Ann. 18: Sm, Gd, Tb, Dy, Lu, Sc, Y; Ann. 57: Ho, Er, Tm, Eu, Yb). Any
        element can then be toggled.
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {d.regimes.regimes.map((r) => (
          <li key={r.id}>
            <strong>{r.name}</strong> ({r.kind}; {r.asOf === "today" ? "evaluated today" : `as of ${r.asOf}`}, suspensions {r.suspensions}):{" "}
            {r.description} {r.caveat && <em>{r.caveat}</em>} <span className="text-muted">[{r.sourceIds.join(", ")}]</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        <strong>What is not known.</strong> {d.meta.recordHorizon} The &quot;as of today&quot; preset therefore follows
        the recorded schedule (the October measures back in force after 10 Nov 2026) and says so; Extended pause and
        Breakdown show the two outcomes.
      </p>

      <h2 className="mt-8 text-xl font-semibold">2. When a component is caught</h2>
      <p className="mt-2">
        A product holds components; each has a form and grams of each element per unit. A component is caught on the
        <strong> direct route</strong> (bought from China) when it contains a controlled element in a listed form:
      </p>
      <table className="mt-2 w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col">Form</th>
            <th scope="col">Caught for</th>
            <th scope="col">Measures</th>
          </tr>
        </thead>
        <tbody>
          {d.controlRules.rules.map((r) => (
            <tr key={r.form} className="border-t border-border align-top">
              <td className="py-1 pr-2">{r.label}</td>
              <td className="py-1 pr-2">{r.elements === "any" ? "any controlled element" : r.elements.join(", ")}</td>
              <td className="py-1">{r.measureIds.join(", ")}{r.note && <span className="block text-muted">{r.note}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-sm">
        Coatings and catalysts appear in no measure and are never caught as such. MOFCOM&apos;s FAQs exclude forms a
        component may be traded in; the model follows them unless the user switches them off:
      </p>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {d.measures.exclusions.map((x) => (
          <li key={x.id}>
            {x.text} <span className="text-muted">({x.faq}; {x.sourceIds.join(", ")})</span>
          </li>
        ))}
      </ul>
      <p className="mt-2">
        On the <strong>extraterritorial route</strong> (Ann. 61 item 1, where in force), a magnet or sputtering target
        made abroad is caught when its China-origin controlled content is at least the de minimis threshold (default{" "}
        {et.defaultThresholdPct} %) of its value:
      </p>
      <Formula>{`controlled content % = Σ (grams of a Part-1 element ÷ 1000 × its price in USD/kg) ÷ value measured against × 100`}</Formula>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        <li>
          <strong>Annex reading (default).</strong> Part 1 elements are {et.part1ElementsAnnex.join(", ")} (as the
          annex was read by UDN and a Chinese explainer); Part 2 forms are magnets and sputtering targets; the value is
          the magnet&apos;s or target&apos;s. {d.controlRules.extraterritorial.componentValue.basis}
        </li>
        <li>
          <strong>Broad reading (press reports, a switch, never the default).</strong> Every controlled element
          counts, in any form, against the finished product&apos;s value.
        </li>
        <li>Prices are China domestic oxide prices applied to element mass. {d.meta.prices}</li>
      </ul>

      <h2 className="mt-8 text-xl font-semibold">3. Status of a product</h2>
      <p className="mt-2">
        Worst first: <strong>denied</strong> &gt; <strong>case-by-case</strong> &gt; <strong>licence</strong> &gt;{" "}
        <strong>free</strong>. A product with a caught component is denied if its end use is military and the regime
        denies military end users (Ann. 46 Art. 1 for US military users since 3 Dec 2024, Ann. 61, Ann. 1 of 2026 for
        Japan); case-by-case if it is advanced-node semiconductor equipment or material and Ann. 61 is in force;
        free under the Partial-rollback scenario if its end use is civil (general licences); otherwise it needs a
        licence. Drivers are the controlled elements that caught it. Statuses are those a US or allied buyer faces.
      </p>

      <h2 className="mt-8 text-xl font-semibold">4. Exposure and value at risk</h2>
      <Formula>{`weight(component) = s_direct × [caught directly] + (1 − s_direct) × s_input × [caught under the 0.1 % rule]
weight(product)   = 1 − Π over components (1 − weight(component))      (0 if the product is free)
value at risk     = annual units × unit value × weight(product)
sector exposure   = Σ value at risk ÷ Σ annual units × unit value        (products with a known volume)`}</Formula>
      <p className="text-sm">
        s_direct is China&apos;s share of the route the component comes by when bought ready-made (magnet making for
        magnets, separation otherwise); s_input is China&apos;s share of separation of the elements that caught it. A
        missing share counts as 100 %, so a gap never hides exposure. Where no product of a sector has a known annual
        volume (today: semiconductors, aerospace and telecom), the sector&apos;s exposure is the mean product weight and
        is labelled &quot;by count&quot;, with no value at risk. {withVolume} of {products.length} products have a
        known annual volume; {estValues} unit values are estimates, marked EST with their arithmetic.
      </p>
      <p className="mt-2 text-sm">
        These properties are tested on random scenarios: nothing controlled and no measure means nothing exposed;
        controlling one more element never lowers a status or an exposure; raising the threshold never raises an
        exposure; exposure stays within 0–1 and value at risk within the sector&apos;s value; the same scenario gives the
        same numbers on the page, from the API and in every report.
      </p>

      <h2 className="mt-8 text-xl font-semibold">5. China&apos;s shares</h2>
      <p className="mt-2 text-sm">
        Per-element shares are mostly not published; the aggregate USGS mining share (69 %) and IEA separation (91 %)
        and magnet (94 %) shares are applied per element by assumption, with element-specific figures for heavy rare
        earths (separation 99 %, low confidence), scandium (75 %) and none for promethium. A user may replace them (a
        diversification what-if), for one element or for all.
      </p>

      <h2 className="mt-8 text-xl font-semibold" id="typical-composition">6. Parts lists without grams: typical composition</h2>
      <p className="mt-2 text-sm">
        A parts list rarely gives grams of each element. Each line is classified by type (from its type column, its
        description and its customs code) and, where grams are missing, its content is estimated from the table below
        ({"data/typical-composition.json"}), always as a range and marked as an estimate. {tc.meta.gradeTable}{" "}
        {tc.meta.gradeAnchors} Where a
        figure would have to be invented (a sensor&apos;s magnet, a bonded magnet&apos;s Dy, an SmCo magnet&apos;s mass from
        its price) the line is <strong>insufficient data</strong>, with what is missing, and never clear. Control codes
        and reference customs codes can be looked up on <Link href="/lookup" className="text-accent underline">the code lookup</Link>.
      </p>
      <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label="Typical composition">
        <table className="w-full min-w-[640px] text-left text-xs">
          <thead>
            <tr>
              <th scope="col" className="pr-2">Type</th>
              <th scope="col" className="pr-2">Element mass share</th>
              <th scope="col" className="pr-2">Basis</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {tc.compositions.map((c) => (
              <tr key={c.key} className="border-t border-border align-top">
                <td className="py-1 pr-2">{c.label}</td>
                <td className="py-1 pr-2 whitespace-nowrap">
                  {Object.keys(c.elements).length === 0
                    ? "NF"
                    : Object.entries(c.elements).map(([el, r]) => (
                        <span key={el} className="block">
                          {el} {r ? formatPctRange(r) : ""}
                        </span>
                      ))}
                  {c.heavyRareEarthTotalPct && <span className="block">Dy + Tb {formatPctRange(c.heavyRareEarthTotalPct)}</span>}
                </td>
                <td className="py-1 pr-2">{c.basis}</td>
                <td className="py-1">{c.sourceIds.length > 0 ? c.sourceIds.join(", ") : c.confidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm">Mass of the magnet when the line gives none:</p>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        {tc.magnetPrices.map((p) => (
          <li key={p.key}>
            <strong>From the unit value</strong> (NdFeB only): value ÷ US${p.usdPerKgHigh}/kg to ÷ US${p.usdPerKgLow}/kg. {p.basis}
          </li>
        ))}
        {tc.magnetMasses.map((m) => (
          <li key={m.application}>
            <strong>{m.label}</strong>: {m.gramsLow === null ? `up to ${m.gramsHigh} g` : `${m.gramsLow}–${m.gramsHigh} g`} ({m.confidence}). {m.basis}
          </li>
        ))}
        <li>{tc.meta.grainBoundaryDiffusion.basis}</li>
      </ul>

      <h2 className="mt-8 text-xl font-semibold">7. Sources</h2>
      <p className="mt-2 text-sm text-muted">
        {d.sources.sources.length} sources. Confidence marks: H high, M medium, L low, EST estimate; NF not found (left
        empty, never invented).
      </p>
      <ol className="mt-2 space-y-1 text-xs">
        {d.sources.sources.map((s) => (
          <li key={s.id} id={s.id}>
            <strong>{s.id}</strong> {s.citation}
          </li>
        ))}
      </ol>
    </main>
  );
}
