/**
 * Errors that services throw on purpose. Their messages are written for the person
 * using Trellis and are safe to show; server/api/error-handling.ts maps each to a
 * tRPC code in one place. Anything else is treated as a bug and never shown.
 */
export abstract class DomainError extends Error {
  abstract readonly code: "NOT_FOUND" | "BAD_REQUEST" | "CONFLICT" | "TOO_MANY_REQUESTS";
}

/** Also used for things that exist but are outside the caller's scope, so existence never leaks. */
export class NotFoundError extends DomainError {
  readonly code = "NOT_FOUND";
  constructor(message = "We couldn't find that. It may have been removed, or it isn't part of your work.") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** The caller acted on a stale view, e.g. saving over a version someone else saved first. */
export class ConflictError extends DomainError {
  readonly code = "CONFLICT";
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

/** Input that passed the schema but breaks a rule only the server can check (e.g. an email in use). */
export class ValidationError extends DomainError {
  readonly code = "BAD_REQUEST";
  constructor(
    readonly fieldErrors: Record<string, string[]>,
    message = "Please correct the highlighted fields.",
  ) {
    super(message);
    this.name = "ValidationError";
  }

  /** A refusal about the whole request rather than one field; the message is shown as is. */
  static form(message: string): ValidationError {
    return new ValidationError({ _form: [message] }, message);
  }

  /** Answer issues (answers.ts) keyed by their dotted field path, e.g. "items.0.what". */
  static fromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], message: string): ValidationError {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of issues) (fieldErrors[issue.path.map(String).join(".") || "_form"] ??= []).push(issue.message);
    return new ValidationError(fieldErrors, message);
  }
}

/** Too many recent failures of a sign-in step for this account; nothing was checked. */
export class ThrottledError extends DomainError {
  readonly code = "TOO_MANY_REQUESTS";
  constructor(message = "Too many attempts. Please wait a few minutes, then try again.") {
    super(message);
    this.name = "ThrottledError";
  }
}

/** Every write for an archived couple is refused with this, by partners and by the counselor. */
export const ARCHIVED_COUPLE_MESSAGE = "This couple is archived; restore it to make changes.";
