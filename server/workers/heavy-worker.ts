// Entry of the heavy-job worker thread. Bundled by scripts/build-workers.cjs into server/workers/dist/heavy-worker.mjs,
// the file piscina starts (a worker thread needs a file on disk, which Next's route bundles are not).
import { move, transferableSymbol, valueSymbol } from "piscina";
import { loadParsedPdfFonts } from "../pdf-fonts";
import { type HeavyJob, runHeavyJob, serverHeavyContext } from "./heavy-jobs";

const ctx = serverHeavyContext(() => loadParsedPdfFonts());

export default async function heavyWorker(job: HeavyJob): Promise<unknown> {
  const result = await runHeavyJob(job, ctx);
  if (!result.ok) return result;
  // The body's buffer is transferred to the main thread rather than copied: an answer may be tens of MB.
  return move({ [transferableSymbol]: [result.body.buffer], [valueSymbol]: result });
}
