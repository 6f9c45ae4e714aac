import { Writable } from "node:stream";
import { createLogger } from "@/server/logger";

/**
 * A real server logger (same redaction and serializers) writing to memory at `level`,
 * for tests that read what would reach the log: pass `log` to callerAs or createInnerContext.
 */
export function captureLog(level = "trace") {
  const lines: string[] = [];
  const log = createLogger(
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    }),
    level,
  );
  return {
    log,
    text: () => lines.join(""),
    records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
