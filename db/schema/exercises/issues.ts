import type { z } from "zod";

export interface PathIssue {
  /** Dotted path with list indexes, e.g. `sections[0].fields[2].options[1].value`. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === "number" ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), "");
}

/** Zod issues as "where and why" pairs, for messages that point at the exact spot to fix. */
export function pathIssues(error: z.ZodError): PathIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path) || "(top level)", message: issue.message }));
}
