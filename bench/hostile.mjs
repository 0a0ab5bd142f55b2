// Hostile-input and load benchmark (issue 9), against a running production server:
// - GET / latency (from a worker thread) while 10 clients download PDF reports back to back for BENCH_PDF_LOAD_SECONDS
//   (default 10), the PDFs being made in the server's worker pool;
// - peak resident memory of the server (its whole process group, sampled every 25 ms) while 4 uploads of 49 MB are
//   sent at once: first 100,000 valid rows (the most the server checks, answered in full as JSON), then 1.53 million
//   one-row parts (refused at the line limit while being received);
// - the answer time of each hostile BOM of the issue, one after another; the figure is the worst.
//
//   node bench/hostile.mjs http://127.0.0.1:3510 <process group id of the server>
import { median } from "./lib/util.mjs";
import { groupRssBytes, peakRss, upload, whileProbing } from "./lib/probe.mjs";

const HEADER = "part_id,description,unit_value_usd,element,grams_per_unit,form,china_origin_share,end_use,made_in";
const row = (id, description = "x") => `${id},${description},90,Dy,45,ndfeb_magnet,1,civil,china`;
const enc = new TextEncoder();

/** 100,000 valid rows of 490 bytes (a 444-character description): 49.0 MB, the largest file checked in full. */
export function largestCheckedFile() {
  const description = "D".repeat(444);
  const lines = [HEADER];
  for (let i = 0; i < 100_000; i += 1) lines.push(row(`P${String(i).padStart(7, "0")}`, description));
  return enc.encode(`${lines.join("\n")}\n`);
}

/** One-row parts of 32 bytes up to `bytes`: 49 MB holds 1.53 million of them. */
export function manyShortRows(bytes) {
  const out = new Uint8Array(bytes);
  let at = enc.encodeInto(`${HEADER}\n`, out).written;
  for (let i = 0; at < bytes; i += 1) at += enc.encodeInto(`P${String(i).padStart(7, "0")},,1,Dy,1,alloy,1,civil,china\n`, out.subarray(at)).written;
  return out;
}

/** The hostile BOMs (cases 1, 2, 3 and 7), each as the server got it. */
export function hostileBoms() {
  const digits = "5".repeat(50_000);
  return [
    { name: "10,000-letter part id, PDF", query: "regime=breakdown&format=pdf", body: `${HEADER}\n${row("A".repeat(10_000))}\n` },
    { name: "10,000-letter description, PDF", query: "regime=breakdown&format=pdf", body: `${HEADER}\n${row("P1", "D".repeat(10_000))}\n` },
    { name: "1 MB description, PDF", query: "regime=breakdown&format=pdf", body: `${HEADER}\n${row("P1", "D".repeat(1_000_000))}\n` },
    { name: "unit value of 100,000 digits and x", query: "regime=apr-2025", body: `${HEADER}\nP1,x,${"1".repeat(100_000)}x,Dy,45,ndfeb_magnet,1,civil,china\n` },
    { name: "8 rows of 50,000 digits (400 KB)", query: "regime=apr-2025", body: `${HEADER}\n${Array.from({ length: 8 }, (_, i) => `P${i},x,${digits},Dy,${digits}g,ndfeb_magnet,1,civil,china`).join("\n")}\n` },
    { name: "5,000 rows of 500 digits + x, 500 spaces + x", query: "regime=apr-2025", body: `${HEADER}\n${Array.from({ length: 5_000 }, (_, i) => `P${i},x,${"9".repeat(500)}x,Dy,${" ".repeat(500)}x,ndfeb_magnet,1,civil,china`).join("\n")}\n` },
    { name: "stray quote swallowing 3 lines", query: "regime=apr-2025", body: [HEADER, row("P0"), row("P1"), `"${row("P2")}`, row("P3"), row("P4"), row("P5")].join("\n") },
    { name: "49.9 MB of 1.56 million one-row parts", query: "regime=apr-2025", body: manyShortRows(49_900_000) },
  ];
}

/** `pid`: the server's process group id (bench/lib/util.mjs starts it as the leader of its own group). */
export async function benchHostile(base, { pid, seconds = Number(process.env.BENCH_PDF_LOAD_SECONDS ?? 10), log = () => {} } = {}) {
  // Warm-up: the first heavy job starts the worker thread and compiles the PDF code.
  await (await fetch(`${base}/api/report?regime=apr-2025&format=pdf`)).arrayBuffer();
  await upload(`${base}/api/bom?regime=breakdown&format=pdf`, enc.encode(`${HEADER}\n${row("W1")}\n`));

  log(`hostile: GET / while 10 clients fetch PDFs for ${seconds} s`);
  const pdfs = { ok: 0, busy: 0, other: 0, ms: [] };
  const underPdf = await whileProbing(base, async () => {
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        while (performance.now() < until) {
          const t = performance.now();
          const res = await fetch(`${base}/api/report?regime=${i % 2 ? "apr-2025" : "oct-2025"}&format=pdf`);
          await res.arrayBuffer();
          if (res.status === 200) {
            pdfs.ok += 1;
            pdfs.ms.push(performance.now() - t);
          } else if (res.status === 503) pdfs.busy += 1;
          else pdfs.other += 1;
        }
      }),
    );
  });

  const uploads = {};
  for (const [label, body, query] of [
    ["full", largestCheckedFile(), "regime=apr-2025"],
    ["refused", manyShortRows(49_000_000), "regime=apr-2025"],
  ]) {
    log(`hostile: 4 concurrent ${(body.length / 1e6).toFixed(1)} MB uploads (${label})`);
    const before = groupRssBytes(pid);
    const t = performance.now();
    const { value, peakBytes } = await peakRss(pid, () => Promise.all(Array.from({ length: 4 }, () => upload(`${base}/api/bom?${query}`, body))));
    uploads[label] = {
      megabytes: body.length / 1e6,
      baselineMb: before / 2 ** 20,
      peakRssMb: peakBytes / 2 ** 20,
      statuses: value.map((v) => v.status).sort(),
      slowestMs: performance.now() - t,
    };
    await new Promise((r) => setTimeout(r, 2000)); // let the server's memory settle before the next round
  }

  log("hostile: the issue's hostile BOMs, one at a time");
  const boms = [];
  for (const b of hostileBoms()) {
    const body = typeof b.body === "string" ? enc.encode(b.body) : b.body;
    const times = [];
    let status = 0;
    for (let i = 0; i < 3; i += 1) {
      const a = await upload(`${base}/api/bom?${b.query}`, body);
      status = a.status;
      times.push(a.ms);
    }
    boms.push({ name: b.name, status, medianMs: median(times), maxMs: Math.max(...times) });
  }
  const worst = boms.reduce((w, b) => (b.maxMs > w.maxMs ? b : w));

  return {
    underPdfLoad: { seconds, clients: 10, home: underPdf.home, pdfs: { ok: pdfs.ok, busy: pdfs.busy, other: pdfs.other, medianMs: median(pdfs.ms) } },
    uploads,
    peakRssMb: Math.max(...Object.values(uploads).map((u) => u.peakRssMb)),
    hostileBoms: boms,
    worstHostileBom: worst,
  };
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  if (!process.argv[2] || !process.argv[3]) throw new Error("usage: node bench/hostile.mjs <base url> <server process group id>");
  console.log(JSON.stringify(await benchHostile(process.argv[2], { pid: Number(process.argv[3]), log: console.error }), null, 2));
}
