/**
 * Runs once when the server starts (Next's instrumentation hook): the PDF worker is started and warmed then, not by
 * the first reader who asks for a report. Not during `next build`, which starts server instances of its own.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { warmHeavyPool } = await import("./server/heavy-pool");
  void warmHeavyPool();
}
