export type LimitedBytes = { ok: true; bytes: Uint8Array } | { ok: false; bytesRead: number };

/**
 * Reads a body stream into one buffer, giving up (and cancelling the stream) as soon as it passes `limit` bytes,
 * so that an oversized upload without a Content-Length is never held in memory whole.
 */
export async function readLimitedBytes(body: ReadableStream<Uint8Array> | null, limit: number): Promise<LimitedBytes> {
  if (!body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, bytesRead: total };
    }
    chunks.push(value);
  }
  if (chunks.length === 1 && chunks[0]) return { ok: true, bytes: chunks[0] };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return { ok: true, bytes };
}
