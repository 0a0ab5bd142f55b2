export type LimitedBytes =
  | { ok: true; bytes: Uint8Array; lines: number }
  | { ok: false; reason: "bytes" | "lines"; bytesRead: number; lines: number; drained: boolean };

const LF = 0x0a;
const CR = 0x0d;

function countByte(chunk: Uint8Array, byte: number): number {
  let n = 0;
  for (let i = chunk.indexOf(byte); i >= 0; i = chunk.indexOf(byte, i + 1)) n += 1;
  return n;
}

/**
 * Reads the rest of a refused body and drops it, up to `limit` bytes in all: a client still sending then reads the
 * refusal instead of a reset connection (curl, browsers and fetch report a reset as a network error, not as the 413).
 * Nothing is kept, so it costs time on the wire but no memory. Past `limit` the stream is cancelled after all.
 */
async function drainRest(reader: ReadableStreamDefaultReader<Uint8Array>, total: number, limit: number): Promise<{ total: number; drained: boolean }> {
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { total, drained: true };
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { total, drained: false };
    }
  }
}

/**
 * Reads a body stream into one buffer, giving up as soon as it passes `limit` bytes or `maxLines` lines, so that an
 * oversized upload is never held in memory whole and a file of too many short rows is refused before any parsing.
 * Past `limit` the stream is cancelled; past `maxLines` (within `limit`) the rest is read and dropped so the refusal
 * reaches the client (`drained`). Lines are counted as line breaks (LF, or CR for files that use CR alone), plus one
 * for a last line without a break: the same count as the parser's.
 */
export async function readLimitedBytes(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
  maxLines = Number.POSITIVE_INFINITY,
): Promise<LimitedBytes> {
  if (!body) return { ok: true, bytes: new Uint8Array(0), lines: 0 };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let lf = 0;
  let cr = 0;
  let last = -1;
  const breaks = () => Math.max(lf, cr);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value.length === 0) continue;
    total += value.length;
    lf += countByte(value, LF);
    cr += countByte(value, CR);
    last = value[value.length - 1] ?? last;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: "bytes", bytesRead: total, lines: breaks(), drained: false };
    }
    if (breaks() > maxLines) {
      chunks.length = 0;
      const lines = breaks();
      const rest = await drainRest(reader, total, limit);
      return { ok: false, reason: "lines", bytesRead: rest.total, lines, drained: rest.drained };
    }
    chunks.push(value);
  }
  const lines = breaks() + (total > 0 && last !== LF && last !== CR ? 1 : 0);
  if (lines > maxLines) return { ok: false, reason: "lines", bytesRead: total, lines, drained: true };
  if (chunks.length === 1 && chunks[0]) return { ok: true, bytes: chunks[0], lines };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return { ok: true, bytes, lines };
}
