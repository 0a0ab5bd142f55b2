import { describe, expect, it } from "vitest";
import { bytesBody } from "./bytes-body";

describe("bytesBody", () => {
  it.each([0, 1, 256 * 1024, 256 * 1024 + 1, 1_000_000])("streams %i bytes back whole and in order", async (n) => {
    const bytes = new Uint8Array(n).map((_, i) => i % 251);
    const back = new Uint8Array(await new Response(bytesBody(bytes)).arrayBuffer());
    expect(back.length).toBe(n);
    expect(Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
    // Handed out as views, not copies or transfers: the caller's buffer is still whole.
    expect(bytes.byteLength).toBe(n);
  });
});
