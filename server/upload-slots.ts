/**
 * A count of uploads in flight (being received, queued or checked), so that the memory they hold stays bounded:
 * each may hold up to 50 MB of body and, while it is checked, a worker's heap. Past the limit an upload is refused
 * at once, before its body is read.
 */
export class UploadSlots {
  private inFlight = 0;

  constructor(readonly limit: number) {}

  /** A release function when a slot is free, else null. Call the release exactly once, when the answer is ready. */
  tryAcquire(): (() => void) | null {
    if (this.inFlight >= this.limit) return null;
    this.inFlight += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight -= 1;
    };
  }

  get count(): number {
    return this.inFlight;
  }
}
