import { randomUUID } from "node:crypto";
import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { ValidationError, type DomainError } from "../errors";
import type { Logger } from "../logger";

/** Marks an internal error that was already logged and replaced by a safe message. */
export class SanitizedInternalError extends Error {
  constructor(readonly correlationId: string) {
    super(`Something went wrong on our side. If it keeps happening, share this reference with support: ${correlationId}`);
    this.name = "SanitizedInternalError";
  }
}

export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: error.code satisfies TRPC_ERROR_CODE_KEY, message: error.message, cause: error });
}

/**
 * Logs an unexpected error without its message (a failed query's message holds the
 * SQL and its parameters, which may be clinical text) and returns the generic error
 * the client will see, linked to the log line by a correlation id.
 */
export function sanitizeInternalError(error: unknown, log: Logger, where: LogContext) {
  const safe = new SanitizedInternalError(logUnexpectedError(error, log, where));
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: safe.message, cause: safe });
}

interface LogContext {
  path?: string;
  requestId?: string;
  userId?: string;
}

/** Logs an unexpected error with ids and codes only, and returns the correlation id to show. */
export function logUnexpectedError(error: unknown, log: Logger, where: LogContext): string {
  const correlationId = randomUUID();
  log.error({ correlationId, ...where, err: describeForLog(error) }, "unexpected error");
  return correlationId;
}

/** Name, codes, the statement with placeholders and call frames: never a message or a query parameter. */
export function describeForLog(error: unknown) {
  const root = unwrap(error);
  return {
    name: root instanceof Error ? root.name : typeof root,
    code: pick(root, "code"),
    constraint: pick(root, "constraint"),
    table: pick(root, "table"),
    // Drizzle keeps the statement with placeholders apart from its parameters; only the former is logged.
    query: pick(error, "query") ?? pick(root, "query"),
    stack: root instanceof Error ? stackFramesOf(root) : undefined,
  };
}

/** The call frames of a stack, without its first lines, which repeat the (possibly clinical) message. */
function stackFramesOf(error: Error): string[] | undefined {
  const header = `${error.name}: ${error.message}`;
  const stack = error.stack?.startsWith(header) ? error.stack.slice(header.length) : undefined;
  return stack
    ?.split("\n")
    .filter((line) => /^\s+at \S/.test(line))
    .slice(0, 12);
}

function unwrap(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error && current.cause !== undefined; depth++) current = current.cause;
  return current;
}

function pick(value: unknown, key: string): string | undefined {
  if (value && typeof value === "object" && key in value) {
    const found = (value as Record<string, unknown>)[key];
    return typeof found === "string" ? found : undefined;
  }
  return undefined;
}

/** Field path (as react-hook-form names it, e.g. "partners.1.email") → messages. */
export function fieldErrorsFrom(cause: unknown): Record<string, string[]> | undefined {
  if (cause instanceof ValidationError) return cause.fieldErrors;
  if (cause && typeof cause === "object" && "issues" in cause && Array.isArray(cause.issues)) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of cause.issues as { path?: readonly PropertyKey[]; message: string }[]) {
      const key = (issue.path ?? []).map((part) => String(part)).join(".") || "_form";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return fieldErrors;
  }
  return undefined;
}
