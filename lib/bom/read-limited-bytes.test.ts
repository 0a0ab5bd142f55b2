import { describe, expect, it } from "vitest";
import { readLimitedBytes } from "./read-limited-bytes";

function stream(chunks: (number[] | string)[], onCancel?: () => void): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const c = chunks[i++];
      if (c === undefined) controller.close();
      else controller.enqueue(typeof c === "string" ? new TextEncoder().encode(c) : new Uint8Array(c));
    },
    cancel: onCancel,
  });
}

describe("readLimitedBytes", () => {
  it("joins the chunks", async () => {
    const r = await readLimitedBytes(stream([[1, 2], [3], [4, 5]]), 5);
    expect(r.ok && [...r.bytes]).toEqual([1, 2, 3, 4, 5]);
  });

  it("stops and cancels the stream once past the limit", async () => {
    let cancelled = false;
    // 2 + 2 = 4 bytes > 3: it stops after the second chunk and never reads the third.
    const r = await readLimitedBytes(stream([[1, 2], [3, 4], [5, 6]], () => (cancelled = true)), 3);
    expect(r).toEqual({ ok: false, reason: "bytes", bytesRead: 4, lines: 0, drained: false });
    expect(cancelled).toBe(true);
  });

  it("reads no body as no bytes", async () => {
    const r = await readLimitedBytes(null, 10);
    expect(r.ok && r.bytes.length).toBe(0);
  });

  it.each([
    ["LF line ends with a final break", ["h\nr1\n", "r2\n"], 3],
    ["no final break: the last line counts", ["h\nr1\nr2"], 3],
    ["CRLF line ends, split between chunks", ["h\r", "\nr1\r\n"], 2],
    ["CR alone (old Mac files)", ["h\rr1\rr2\r"], 3],
    ["blank lines count", ["h\n\n\n"], 3],
    ["an empty body", [], 0],
  ])("counts lines: %s", async (_label, chunks, lines) => {
    const r = await readLimitedBytes(stream(chunks), 1000, 100);
    expect(r.ok && r.lines).toBe(lines);
  });

  it("takes exactly the line limit; one line past it, it keeps nothing more and reads the rest to drop it", async () => {
    expect((await readLimitedBytes(stream(["h\nr1\nr2\n"]), 1000, 3)).ok).toBe(true);
    let cancelled = false;
    // Chunk 1 (5 bytes) holds 2 breaks, chunk 2 (6 bytes) brings it to 4 > 3: refused with 4 lines counted; chunk 3
    // (3 bytes) is read and dropped so the client gets the answer: 5 + 6 + 3 = 14 bytes read, stream not cancelled.
    const r = await readLimitedBytes(stream(["h\nr1\n", "r2\nr3\n", "r4\n"], () => (cancelled = true)), 1000, 3);
    expect(r).toEqual({ ok: false, reason: "lines", bytesRead: 14, lines: 4, drained: true });
    expect(cancelled).toBe(false);
    // A last line without a break also counts: "h\nr1\nr2\nr3" (10 bytes) is 4 lines.
    expect(await readLimitedBytes(stream(["h\nr1\nr2\nr3"]), 1000, 3)).toEqual({ ok: false, reason: "lines", bytesRead: 10, lines: 4, drained: true });
  });

  it("stops draining a refused body at the byte limit and cancels the stream then", async () => {
    let cancelled = false;
    // 4 breaks in chunk 1 (8 bytes) > 2 lines: refused; chunk 2 brings 8 + 4 = 12 ≤ 15, chunk 3 brings 12 + 4 = 16 > 15:
    // cancelled there, chunk 4 never read.
    const r = await readLimitedBytes(stream(["a\nb\nc\nd\n", "xxxx", "yyyy", "zzzz"], () => (cancelled = true)), 15, 2);
    expect(r).toEqual({ ok: false, reason: "lines", bytesRead: 16, lines: 4, drained: false });
    expect(cancelled).toBe(true);
  });
});
