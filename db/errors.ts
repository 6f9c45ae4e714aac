/** True when `error` (or what it wraps) is a unique-constraint violation, optionally of one constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (typeof current === "object" && "code" in current && current.code === "23505") {
      if (!constraint) return true;
      const named = "constraint" in current ? current.constraint : undefined;
      const detail = "message" in current && typeof current.message === "string" ? current.message : "";
      return named === constraint || detail.includes(constraint);
    }
    current = current instanceof Error ? current.cause : undefined;
  }
  return false;
}
