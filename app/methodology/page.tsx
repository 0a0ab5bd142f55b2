import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SourceList } from "@/components/sources/source-link";
import { DATA_LICENCE, DATA_LICENCE_TERMS } from "@/lib/cite/licence";
import { getDataset } from "@/lib/data/load-dataset";
import { getTypicalComposition } from "@/lib/data/load-parts-data";
import type { PctRange } from "@/lib/schemas/typical-composition";
import { checkRecord } from "@/lib/engine/check-record";
import { getElementPrices } from "@/lib/engine/kernel-context";
import { formatDay } from "@/lib/format/format-date";
import { formatDecimal, formatShare, formatShareRangeShort } from "@/lib/format/format-number";
import { listDestinationRules } from "@/lib/methodology/destination-rules";
import { todayIso } from "@/lib/scenario/scenario-from-params";

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

/** Source ids as links to the source register, in brackets. */
function Sources({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <span className="text-muted">
      {" "}[<SourceList ids={ids} />]
    </span>
  );
}

function H2({ id, children }: { id: string; children: ReactNode }) {
  return <h2 id={id} className="mt-10 scroll-mt-4 text-xl font-semibold">{children}</h2>;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;

export default function MethodologyPage() {
  const d = getDataset();
  const et = d.controlRules.extraterritorial;
  const products = d.products.products;
  const finals = products.filter((p) => p.role === "final");
  const counted = finals.filter((p) => p.annualUnits.scope === "outside-china" && p.annualUnits.value !== null && p.unitValueUsd.value !== null);
  const record = checkRecord(d, todayIso());
  const reproduced = record.filter((r) => r.reproduced).length;
  const prices = getElementPrices(d);
  const sectorName = new Map(d.products.sectors.map((s) => [s.id, s.name]));
  const productName = new Map(products.map((p) => [p.id, p.name]));
  const suspension = d.measures.measures.find((m) => m.id === "cn-mofcom-gac-ann70-2025");
  const holds = d.measures.measures.find((m) => m.practice?.kind === "ndfeb-content-checks");
  const holdsSpan = holds ? `from ${formatDay(holds.effective ?? "")} to ${formatDay(holds.endedOn ?? "")}` : "for a period";
  // Elements a later measure names in an excluded assembly's own form (Ann. 57's luminescent materials).
  const namedInPhosphors = d.controlRules.rules.find((r) => r.form === "phosphor")?.elements;
  const phosphorNames = Array.isArray(namedInPhosphors) && namedInPhosphors.length > 0 ? namedInPhosphors.join(" and ") : "no element";
  const tc = getTypicalComposition();
  return (
    <main className="mx-auto max-w-4xl p-4 sm:p-8">
      <p className="text-sm">
        <Link href="/" className="text-accent underline">← Dashboard</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Methodology</h1>
      <p className="mt-2 text-muted">
        What the numbers on the dashboard, in the API, in the parts-list check and in every report mean (model version
        2). All of them compute through one rules kernel (<code>lib/engine/rules-kernel.ts</code>) on one dataset
        (version {d.meta.version}).
      </p>
      <nav aria-label="Sections" className="mt-4 text-sm">
        <ol className="list-decimal space-y-0.5 pl-5">
          <li><a className="text-accent underline" href="#lenses">Two lenses</a></li>
          <li><a className="text-accent underline" href="#regimes">Measures, regimes and what is not on record</a></li>
          <li><a className="text-accent underline" href="#routes">Routes: how a maker outside China gets each input</a></li>
          <li><a className="text-accent underline" href="#caught">When a route is caught</a></li>
          <li><a className="text-accent underline" href="#status">Status and the buyer&apos;s country</a></li>
          <li><a className="text-accent underline" href="#exposure">Dependence, exposure and value at risk</a></li>
          <li><a className="text-accent underline" href="#scope">Scope and counting</a></li>
          <li><a className="text-accent underline" href="#record">The record check</a></li>
          <li><a className="text-accent underline" href="#invariants">Invariants</a></li>
          <li><a className="text-accent underline" href="#sources">Sources and gaps</a></li>
          <li><a className="text-accent underline" href="#licence">Licence and citation</a></li>
          <li><a className="text-accent underline" href="#typical-composition">Parts lists without grams</a></li>
        </ol>
      </nav>

      <H2 id="lenses">1. Two lenses on the same measures</H2>
      <p className="mt-2">
        <strong>Dependency lens</strong> (the default for sectors): for a final product <em>made outside China</em>, how
        much of its output depends on a controlled input anywhere upstream. A car assembled in Germany whose steering
        motor holds a Dy-bearing magnet made in China depends on a licensed input, though the car itself needs no
        licence anywhere. This is what the 2025 record shows: Ford, Suzuki and European suppliers stopped lines for lack
        of magnets.
      </p>
      <p className="mt-2">
        <strong>Border lens</strong> (compliance, the default for a parts list): what an item bought from China, in the
        form it is traded in, needs at China&apos;s border: nothing, a licence, case-by-case review, or a denial. A whole
        car needs nothing; a loose Dy-bearing magnet needs a licence. Both lenses use the same measures, the same control
        rules and the same kernel; they differ only in what they aggregate. On the border lens a sector&apos;s figure is
        the share of its items (final goods and inputs) that need a licence or worse, by count.
      </p>

      <H2 id="regimes">2. Measures, regimes and what is not on record</H2>
      <p className="mt-2">
        Each measure is stored with its dates ({d.measures.measures.length} in <code>data/measures.json</code>). A regime
        is the set in force on a date. A suspension &quot;until 10 November&quot; runs through that day.{" "}
        {suspension && (
          <>
            {suspension.authority} suspended the October 2025 measures until {formatDay(suspension.suspendedUntil ?? "")};
          </>
        )}{" "}
        {d.meta.recordHorizon} For any date after a suspension&apos;s scheduled end with nothing on record, the model
        does not pick an outcome: it computes both (suspension extended, and lapsed) and answers every figure as a
        range, low = extended, high = lapsed. Choosing an outcome (<code>outcome=extended</code> or{" "}
        <code>lapsed</code>) gives one number and says it is an assumption.
      </p>
      <table className="mt-3 w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col">Preset</th>
            <th scope="col">Evaluated</th>
            <th scope="col">Licence friction</th>
          </tr>
        </thead>
        <tbody>
          {d.regimes.regimes.map((r) => (
            <tr key={r.id} className="border-t border-border align-top">
              <td className="py-1 pr-2">
                <strong>{r.name}</strong>
                <span className="block text-muted">{r.description}</span>
                {r.caveat && <em className="block">{r.caveat}</em>}
                <Sources ids={r.sourceIds} />
              </td>
              <td className="py-1 pr-2 whitespace-nowrap">
                {r.asOf === "today" ? "today" : r.asOf}
                <span className="block text-muted">suspensions {r.suspensions}</span>
              </td>
              <td className="py-1">
                {r.friction.value} %<span className="block text-muted">{r.friction.basis}</span>
                <Sources ids={r.friction.sourceIds} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-sm">
        Two practices on record are modelled as dated measures: {holdsSpan} China&apos;s customs held every
        NdFeB magnet, Dy/Tb-free grades included, for content checks (one customs code covers all grades; the end date
        is an estimate from the export statistics); and no samarium is sold to foreign military users. See{" "}
        <code>data/measures.json</code>.
      </p>

      <H2 id="routes">3. Routes: how a maker outside China gets each input</H2>
      <p className="mt-2">
        Each rare-earth-bearing component reaches a maker outside China by four routes whose shares sum to 1: (1) bought
        from China as the <strong>listed item</strong> (magnet, metal, alloy, target, oxide, compound); (2) bought from
        China inside an <strong>assembly</strong> a MOFCOM FAQ excludes (a finished motor, finished electronics, a rotor,
        a phosphor); (3) <strong>made outside China</strong> from China-origin separated oxide or metal; (4) no
        China-origin controlled material. Shares are sourced or estimated per form (defaults below) or per component
        where the record says more. The China-share what-if moves supply from routes 1–3 to route 4; it never raises
        exposure. A route can be caught on several grounds at once (its controlled elements, the broad reading, a
        customs hold): the what-if shrinks each ground by China&apos;s share of the elements that drive it, so the route
        keeps the largest share left over its grounds and takes the worst status among those still holding supply (a
        Dy-bearing magnet bought from China during the content checks stays held when China&apos;s share of Dy is set to 0).
      </p>
      <table className="mt-3 w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col">Default</th>
            <th scope="col" className="text-right">1 listed</th>
            <th scope="col" className="text-right">2 assembly</th>
            <th scope="col" className="text-right">3 made outside</th>
            <th scope="col" className="text-right">4 none</th>
          </tr>
        </thead>
        <tbody>
          {d.routeDefaults.defaults.map((r) => (
            <tr key={r.id} id={`route-${r.id}`} className="border-t border-border align-top">
              <td className="py-1 pr-2">
                <strong>{r.label}</strong> <code className="text-xs">{r.id}</code>
                <span className="block text-muted">{r.appliesTo}</span>
                <details className="mt-1">
                  <summary className="cursor-pointer text-xs text-accent">Basis ({r.confidence})</summary>
                  <p className="text-xs">{r.basis}</p>
                </details>
                <Sources ids={r.sourceIds} />
              </td>
              <td className="py-1 text-right tabular-nums">{pct(r.listed)}</td>
              <td className="py-1 text-right tabular-nums">{pct(r.assembly)}</td>
              <td className="py-1 text-right tabular-nums">{pct(r.madeOutside)}</td>
              <td className="py-1 text-right tabular-nums">{pct(r.none)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <H2 id="caught">4. When a route is caught</H2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>
          <strong>Route 1</strong> is caught when the component holds a controlled element in a form a measure lists for
          it (table below). While the customs content checks lasted ({holdsSpan}) a Dy/Tb-free NdFeB magnet was held
          too.
        </li>
        <li>
          <strong>Route 2</strong> is not caught while the FAQ exclusions apply, except for elements a later measure
          names in that very form ({phosphorNames} luminescent materials, Ann. 57); with the exclusions set aside, the embedded
          material is caught as if bought loose. An assembly no FAQ names (a coated part) is not a listed item.
        </li>
        <li>
          <strong>Route 3</strong> is caught whenever the element is controlled: the separated oxide or metal the maker
          buys is itself a listed item (a licence for Dy oxide is a licence). Where Ann. 61 is in force the magnet or
          target made from it also needs a licence of its own when its China-origin content reaches the threshold.
        </li>
        <li>
          <strong>Broad reading</strong> (press reports: &quot;any product with 0.1 %&quot;): where Ann. 61 is in force, a
          product whose China-origin Part 1 content reaches the threshold of its own value is caught on every China
          route; it can only catch more than the annex reading.
        </li>
      </ul>
      <table className="mt-3 w-full text-left text-sm">
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
      <p className="mt-3 text-sm">MOFCOM&apos;s FAQ exclusions (applied unless the user sets them aside):</p>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {d.measures.exclusions.map((x) => (
          <li key={x.id}>
            {x.text} <span className="text-muted">({x.faq}; {x.tradedAs.join(", ").replaceAll("_", " ")})</span>
            <Sources ids={x.sourceIds} />
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        <strong>The 0.1 % test</strong> (Ann. 61 item 1, default threshold {et.defaultThresholdPct} %): the China-origin
        Part 1 content ({et.part1ElementsAnnex.join(", ")} in the annex reading) against the value of the magnet or target
        itself. {et.componentValue.basis} A missing gram figure or price makes the test undecidable, and an undecided test
        counts as met, so a gap never hides exposure.
      </p>
      <Formula>{`content value = Σ grams ÷ 1000 × (oxide price ÷ element mass fraction in the oxide) × China-origin share
content %     = content value ÷ value of the magnet or target × 100`}</Formula>
      <p className="text-sm">{d.meta.prices}</p>
      <table className="mt-2 w-full text-left text-xs">
        <thead>
          <tr>
            <th scope="col">Element</th>
            <th scope="col" className="text-right">Oxide US$/kg</th>
            <th scope="col">Oxide</th>
            <th scope="col" className="text-right">Element share</th>
            <th scope="col" className="text-right">Element US$/kg</th>
          </tr>
        </thead>
        <tbody>
          {d.elements.elements.map((e) => {
            const p = prices.get(e.symbol) ?? null;
            return (
              <tr key={e.symbol} className="border-t border-border">
                <td className="py-0.5">{e.symbol}</td>
                <td className="py-0.5 text-right tabular-nums">{e.price?.usdPerKg ?? "NF"}</td>
                <td className="py-0.5">{e.oxide.formula}</td>
                <td className="py-0.5 text-right tabular-nums">{e.oxide.elementMassFraction}</td>
                <td className="py-0.5 text-right tabular-nums">{p === null ? "NF" : p.toFixed(2)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <H2 id="status">5. Status and the buyer&apos;s country</H2>
      <p className="mt-2">
        Worst first: <strong>denied</strong> &gt; <strong>case-by-case</strong> &gt; <strong>licence</strong> &gt;{" "}
        <strong>free</strong>; a product takes its worst caught route&apos;s status and its drivers are the controlled
        elements that caught it. Military end use is denied only where a measure says so for the buyer&apos;s country
        (<code>destination=us|jp|other</code>, default <code>us</code>); elsewhere it needs a licence. Advanced-node chip
        making (≤ 14 nm logic, ≥ 256-layer memory) is case-by-case where Ann. 61 is in force. A hold for content checks
        alone is a licence-like delay.
      </p>
      <table className="mt-3 w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col">Buyer</th>
            <th scope="col">From</th>
            <th scope="col">Rule</th>
          </tr>
        </thead>
        <tbody>
          {listDestinationRules(d).map((r) => (
            <tr key={r.measureId} className="border-t border-border align-top">
              <td className="py-1 pr-2">{r.destination === "ALL" ? "any country" : r.destination}</td>
              <td className="py-1 pr-2 whitespace-nowrap">{r.from}</td>
              <td className="py-1">
                {r.status}: {r.what} <span className="text-muted">({r.authority})</span>
                <Sources ids={r.sourceIds} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <H2 id="exposure">6. Dependence, exposure and value at risk</H2>
      <Formula>{`dependence(component) = Σ shares of its caught routes (each scaled by the China-share what-if: the most left over its grounds)
dependence(product)   = 1 − Π over components (1 − dependence(component))   a product stops when any caught input is missing
exposure(sector)      = Σ units × unit value × dependence ÷ Σ units × unit value   final goods made outside China with known volumes
value at risk         = Σ units × unit value × dependence × w(status)   w(denied) = 1, w(licence) = w(case-by-case) = friction`}</Formula>
      <p className="text-sm">
        The combination assumes components fail independently. Friction is the share of licensed supply that does not
        arrive in time, a scenario parameter with a sourced default (section 2). A sector without any final good whose
        outside-China volume and unit value are known is weighed by count (the mean dependence of its final goods),
        labelled &quot;by count&quot; and drawn apart from value-weighted sectors.
      </p>

      <H2 id="scope">7. Scope and counting</H2>
      <p className="mt-2 text-sm">
        {finals.length} final goods and {products.length - finals.length} intermediate goods (magnets, motors, targets,
        powders, feedstock). Only final goods add to a sector, and only with units made outside China (China&apos;s
        controls do not bind its domestic production); world and US figures are never summed. {counted.length} final
        goods have an outside-China volume and a unit value; every figure states its scope and year:
      </p>
      <table className="mt-2 w-full text-left text-xs">
        <thead>
          <tr>
            <th scope="col">Final good</th>
            <th scope="col" className="text-right">Units a year</th>
            <th scope="col">Scope, year</th>
            <th scope="col" className="text-right">Unit value US$</th>
          </tr>
        </thead>
        <tbody>
          {finals.map((p) => (
            <tr key={p.id} className="border-t border-border align-top">
              <td className="py-0.5 pr-2">
                {p.name} <span className="text-muted">({sectorName.get(p.sectorId)})</span>
              </td>
              <td className="py-0.5 text-right tabular-nums">{p.annualUnits.value === null ? "NF" : formatDecimal(p.annualUnits.value)}</td>
              <td className="py-0.5 pr-2">
                {p.annualUnits.scope}
                {p.annualUnits.year ? `, ${p.annualUnits.year}` : ""} ({p.annualUnits.confidence})
                <Sources ids={p.annualUnits.sourceIds} />
              </td>
              <td className="py-0.5 text-right tabular-nums">
                {p.unitValueUsd.value === null ? "NF" : formatDecimal(p.unitValueUsd.value)} ({p.unitValueUsd.confidence})
                <Sources ids={p.unitValueUsd.sourceIds} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <H2 id="record">8. The record check</H2>
      <p className="mt-2 text-sm">
        Dated, sourced events of disruption (<code>data/record-events.json</code>, from record-and-routes.md §1). For
        each, the engine evaluates the measures in force on that date for that buyer&apos;s country under the dependency
        lens; the event is reproduced when its sector is exposed and its product caught in every outcome. A test fails
        the suite when a model change breaks one. {reproduced} of {record.length} reproduced.
      </p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-xs" data-testid="record-check-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Where, who</th>
              <th scope="col">What happened</th>
              <th scope="col">Model on that date</th>
            </tr>
          </thead>
          <tbody>
            {record.map((r) => (
              <tr key={r.event.id} className="border-t border-border align-top" data-reproduced={r.reproduced}>
                <td className="py-1 pr-2 whitespace-nowrap">
                  {r.event.when}
                  <span className="block text-muted">{r.event.date}</span>
                </td>
                <td className="py-1 pr-2">
                  {r.event.place}: {r.event.who}
                </td>
                <td className="py-1 pr-2">
                  {r.event.what} <Sources ids={r.event.sourceIds} />
                </td>
                <td className="py-1">
                  {r.reproduced ? "✓ reproduced" : "✗ not reproduced"}: {sectorName.get(r.event.sectorId)} exposed{" "}
                  {formatShareRangeShort(r.sectorExposure)}; {productName.get(r.event.productId)}{" "}
                  {r.productStatus.low === r.productStatus.high ? r.productStatus.high : `${r.productStatus.low}–${r.productStatus.high}`}
                  {r.productDependence.high > 0 && `, dependence ${formatShare(r.productDependence.high)}`}
                  {r.event.notReproduced && <span className="block italic">{r.event.notReproduced}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm">
        Not events: no wind-turbine production halt is on record (Siemens Gamesa&apos;s magnets were &quot;currently not
        affected&quot;), and no shortage of contrast agents or radiopharmaceuticals was found. The dependency lens still
        shows these sectors exposed: exposure measures what output depends on, not what was lost.
      </p>

      <H2 id="invariants">9. Invariants</H2>
      <p className="mt-2 text-sm">
        Tested as properties over random scenarios (<code>lib/engine/invariants.test.ts</code>): with no element
        controlled every product is free and every exposure 0; controlling one more element never lowers a status or an
        exposure; raising the threshold never raises an exposure; lowering China&apos;s share never raises an exposure;
        the broad reading never gives less than the annex reading; setting the exclusions aside never gives less;
        exposure stays within 0–1, value at risk within the sector&apos;s value and each final good counts once; a
        range&apos;s low end never exceeds its high end and each end equals the single-outcome scenario; more licence
        friction never lowers the value at risk. A ninth property (<code>app/api/same-numbers.test.ts</code>) writes
        random scenarios as a link and checks that the page&apos;s reading of it, <code>/api/exposure</code> and the JSON
        and CSV reports give the same exposure, value at risk and headline.
      </p>

      <H2 id="sources">10. Sources and gaps</H2>
      <p className="mt-2 text-sm">
        {d.sources.sources.length} sources, each cited by id beside the figures it supports. The{" "}
        <Link href="/sources" prefetch={false} className="text-accent underline">sources page</Link> lists every one with
        its publisher, date, links (copies and translations marked, with the original named), confidence and the records
        that cite it.
        Confidence marks: H high, M medium, L low, EST an estimate with its arithmetic; NF not found (left empty, never
        invented).
      </p>

      <H2 id="licence">11. Licence and citation</H2>
      <p className="mt-2 text-sm">
        The dataset and the figures computed from it are offered under{" "}
        <a href={DATA_LICENCE.url} rel="license noopener noreferrer" className="text-accent underline">
          {DATA_LICENCE.title} ({DATA_LICENCE.name})
        </a>
        . {DATA_LICENCE_TERMS} Every chart&apos;s Sources tab and the dashboard&apos;s Cite button give a suggested
        citation with the dataset version, the link to the view and the date you looked.
      </p>

      <H2 id="typical-composition">12. Parts lists without grams: typical composition</H2>
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
                <td className="py-1">{c.sourceIds.length > 0 ? <SourceList ids={c.sourceIds} /> : c.confidence}</td>
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

    </main>
  );
}
