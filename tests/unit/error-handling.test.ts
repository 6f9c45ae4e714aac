import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { fieldErrorsFrom, sanitizeInternalError, type SanitizedInternalError } from "@/server/api/error-handling";
import { ValidationError } from "@/server/errors";
import { createLogger } from "@/server/logger";

describe("field errors for forms", () => {
  it("turns zod issue paths into react-hook-form field names", () => {
    const schema = z.object({ partners: z.tuple([z.object({ email: z.email("Enter a valid email") })]) }).strict();
    const result = schema.safeParse({ partners: [{ email: "nope" }], extra: 1 });
    expect(result.success).toBe(false);
    expect(fieldErrorsFrom(result.error)).toEqual({
      "partners.0.email": ["Enter a valid email"],
      _form: [expect.stringContaining("extra")],
    });
  });

  it("passes a service's own field errors through unchanged", () => {
    expect(fieldErrorsFrom(new ValidationError({ "partners.1.email": ["In use"] }))).toEqual({ "partners.1.email": ["In use"] });
  });

  it("has nothing to say about other errors", () => {
    expect(fieldErrorsFrom(new Error("boom"))).toBeUndefined();
  });
});

describe("sanitizing an unexpected error", () => {
  it("logs the SQL shape and a correlation id, never the message or its parameters", () => {
    const lines: string[] = [];
    const log = createLogger(new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }), "info");
    const failure = Object.assign(new Error("Failed query: insert into couples values ($1)\nparams: SECRET-NOTE"), {
      query: "insert into couples values ($1)",
      cause: Object.assign(new Error('relation "couples" does not exist'), { code: "42P01" }),
    });

    const safe = sanitizeInternalError(failure, log, { path: "couple.create" });

    expect(safe.code).toBe("INTERNAL_SERVER_ERROR");
    expect(safe.message).not.toMatch(/insert|SECRET|couples/);
    const cause = safe.cause as SanitizedInternalError;
    expect(safe.message).toContain(cause.correlationId);
    const logged = lines.join("");
    expect(logged).toContain(cause.correlationId);
    expect(logged).toContain("42P01");
    expect(logged).toContain("insert into couples values ($1)");
    expect(logged).not.toContain("SECRET-NOTE");
  });

  it("keeps only call frames, even when the message has lines that look like frames", () => {
    const lines: string[] = [];
    const log = createLogger(new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }), "info");
    const failure = new Error("could not save\n    at home I feel unsafe (diary:1:1)\nat work it is fine");
    sanitizeInternalError(failure, log, {});
    const logged = lines.join("");
    expect(logged).not.toContain("unsafe");
    expect(logged).not.toContain("at work");
    expect(logged).toMatch(/error-handling\.test\.ts/);
  });
});
