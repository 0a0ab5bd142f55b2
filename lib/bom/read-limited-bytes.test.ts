import { describe, expect, it } from "vitest";
import { readLimitedBytes } from "./read-limited-bytes";

function stream(chunks: number[][], onCancel?: () => void): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const c = chunks[i++];
      if (c) controller.enqueue(new Uint8Array(c));
      else controller.close();
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
    expect(r).toEqual({ ok: false, bytesRead: 4 });
    expect(cancelled).toBe(true);
  });

  it("reads no body as no bytes", async () => {
    const r = await readLimitedBytes(null, 10);
    expect(r.ok && r.bytes.length).toBe(0);
  });
});
