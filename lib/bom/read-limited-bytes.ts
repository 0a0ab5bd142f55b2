export type LimitedBytes =
  | { ok: true; bytes: Uint8Array; lines: number }
  | { ok: false; reason: "bytes" | "lines"; bytesRead: number; lines: number };

const LF = 0x0a;
const CR = 0x0d;

function countByte(chunk: Uint8Array, byte: number): number {
  let n = 0;
  for (let i = chunk.indexOf(byte); i >= 0; i = chunk.indexOf(byte, i + 1)) n += 1;
  return n;
}

/**
 * Reads a body stream into one buffer, giving up (and cancelling the stream) as soon as it passes `limit` bytes or
 * `maxLines` lines, so that an oversized upload is never held in memory whole and a file of too many short rows is
 * refused before any parsing. Lines are counted as line breaks (LF, or CR for files that use CR alone), plus one
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
    if (total > limit || breaks() > maxLines) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: total > limit ? "bytes" : "lines", bytesRead: total, lines: breaks() };
    }
    chunks.push(value);
  }
  const lines = breaks() + (total > 0 && last !== LF && last !== CR ? 1 : 0);
  if (lines > maxLines) return { ok: false, reason: "lines", bytesRead: total, lines };
  if (chunks.length === 1 && chunks[0]) return { ok: true, bytes: chunks[0], lines };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return { ok: true, bytes, lines };
}
