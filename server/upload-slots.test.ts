import { describe, expect, it } from "vitest";
import { UploadSlots } from "./upload-slots";

describe("UploadSlots", () => {
  it("hands out at most `limit` slots and takes each back once", () => {
    const slots = new UploadSlots(2);
    const a = slots.tryAcquire();
    const b = slots.tryAcquire();
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(slots.tryAcquire()).toBeNull();
    a!();
    a!(); // a second release of the same slot changes nothing
    expect(slots.count).toBe(1);
    expect(slots.tryAcquire()).not.toBeNull();
    expect(slots.tryAcquire()).toBeNull();
  });
});
