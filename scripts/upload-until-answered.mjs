// One careful upload client, shared by the hostile benchmarks (bench/hostile.mjs) and the abuse e2e spec
// (e2e/abuse.spec.ts), so that what the bench measures and what the tests hold the server to is sent the same way.
import http from "node:http";

/**
 * POSTs `body` in 1 MB pieces on its own connection and stops sending as soon as the server answers (as curl and
 * browsers do). Resolves with the status, Retry-After, the answer's text and size, and the time to its headers and to
 * its end, whatever of the body was still unsent; rejects when the connection fails before an answer.
 */
export function uploadUntilAnswered(url, body, contentType = "text/csv") {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let answered = false;
    const req = http.request(url, { method: "POST", agent: false, headers: { "Content-Type": contentType, "Content-Length": String(body.length) } }, (res) => {
      answered = true;
      const headersMs = performance.now() - started;
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const answer = Buffer.concat(chunks);
        const retryAfter = res.headers["retry-after"];
        resolve({ status: res.statusCode ?? 0, retryAfter: typeof retryAfter === "string" ? retryAfter : null, text: answer.toString("utf8"), bytes: answer.length, headersMs, ms: performance.now() - started });
        req.destroy();
      });
    });
    req.on("error", (e) => (answered ? undefined : reject(e)));
    (async () => {
      for (let at = 0; at < body.length && !answered && !req.destroyed; at += 1_000_000) {
        if (!req.write(body.subarray(at, Math.min(body.length, at + 1_000_000)))) {
          await new Promise((r) => {
            const done = () => {
              req.off("drain", done).off("close", done).off("response", done);
              r();
            };
            req.on("drain", done).on("close", done).on("response", done);
          });
        }
      }
      if (!answered && !req.destroyed) req.end();
    })().catch(reject);
  });
}
