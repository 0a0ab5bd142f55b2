import { describe, expect, it, vi } from "vitest";
import { createResource } from "./queries";

const settle = () => new Promise((r) => setTimeout(r, 0));

/** A fetch that answers each call with the next outcome: a value, or an error to throw. */
function scripted(outcomes: (number | Error)[]) {
  const fn = vi.fn(async () => {
    const next = outcomes.shift();
    if (next === undefined) throw new Error("no more outcomes");
    if (next instanceof Error) throw next;
    return next;
  });
  return fn;
}

describe("createResource", () => {
  it.each([
    // outcomes of the fetches → calls made, final state
    [[7], 1, { status: "ready", data: 7 }],
    // one failure is retried at once
    [[new Error("HTTP 503"), 7], 2, { status: "ready", data: 7 }],
    // two failures: the error is kept for the page to show, with its message
    [[new Error("HTTP 503"), new Error("HTTP 500")], 2, { status: "error", message: "HTTP 500" }],
  ])("%j → %i fetches, %j", async (outcomes, calls, final) => {
    const fetchValue = scripted([...outcomes]);
    const r = createResource(fetchValue);
    expect(r.get()).toEqual({ status: "idle" });
    r.load();
    expect(r.get()).toEqual({ status: "loading" });
    await settle();
    expect(fetchValue).toHaveBeenCalledTimes(calls);
    expect(r.get()).toEqual(final);
  });

  it("fetches once however often it is asked, tells its readers, and tries again after an error", async () => {
    const fetchValue = scripted([new Error("a"), new Error("b"), 42]);
    const r = createResource(fetchValue);
    const seen: string[] = [];
    const stop = r.subscribe(() => seen.push(r.get().status));
    r.load();
    r.load(); // already loading: no second fetch
    await settle();
    expect(r.get()).toEqual({ status: "error", message: "b" });
    r.load(); // Retry
    await settle();
    expect(r.get()).toEqual({ status: "ready", data: 42 });
    r.load(); // loaded: nothing to do
    expect(fetchValue).toHaveBeenCalledTimes(3);
    expect(seen).toEqual(["loading", "error", "loading", "ready"]);
    stop();
  });
});
