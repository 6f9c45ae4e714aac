import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "./env.js";

export type { Logger };

/**
 * Structured server log. Callers log ids, codes and action names only: never answer
 * text, notes, names or email addresses. The redaction list is a second line of
 * defence for the fields most likely to slip in.
 */
export function createLogger(destination?: DestinationStream, level: string = env.LOG_LEVEL): Logger {
  return pino(
    {
      level,
      base: { service: "trellis" },
      redact: {
        paths: ["password", "*.password", "token", "*.token", "email", "*.email", "input", "*.input", "params", "*.params"],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

export const logger = createLogger();
