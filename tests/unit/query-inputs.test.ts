import { describe, expect, it } from "vitest";
import * as z from "zod";
import { appRouter } from "@/server/api/root";

// tRPC sends a query's input in the URL (`?input=`), and URLs end up in access logs,
// proxies and browser history. So a query may take ids, dates, enums and short
// pattern-bound tokens, never free text; anything written by a person goes in a
// mutation's POST body. A bounded search box is allowed only here, with the reason.
const FREE_TEXT_ALLOWED: Record<string, string> = {
  "library.list.text":
    "searches the exercise library (titles, summaries and tags the practice wrote), never client data; the library page is a bookmarkable GET form, so the words are in its URL anyway",
  "library.list.tag": "a library tag chosen from the filter's list; library content only",
};

/** Formats that say nothing about a person beyond an id or a date. */
const SAFE_FORMATS = new Set(["uuid", "guid", "date"]);
const MAX_TOKEN_LENGTH = 64;

type Finding = { path: string; problem: string };

interface ZodInternals {
  _zod: { def: { type: string; [key: string]: unknown } };
}

const defOf = (schema: unknown) => (schema as ZodInternals)._zod.def;

function stringProblem(schema: unknown): string | null {
  const def = defOf(schema);
  if (typeof def.format === "string") return SAFE_FORMATS.has(def.format) ? null : `a ${def.format} string`;
  const checks = ((def.checks ?? []) as ZodInternals[]).map((check) => check._zod.def);
  const maximum = checks.find((check) => check.check === "max_length")?.maximum as number | undefined;
  const pattern = checks.some((check) => check.check === "string_format" && check.format === "regex");
  if (pattern && maximum !== undefined && maximum <= MAX_TOKEN_LENGTH) return null;
  return `free text (${maximum === undefined ? "unbounded" : `up to ${maximum} characters`}${pattern ? "" : ", no pattern"})`;
}

/** Every string leaf an input accepts that is not an id, a date, an enum or a short token. */
function findFreeText(schema: unknown, path: string): Finding[] {
  const def = defOf(schema);
  switch (def.type) {
    case "string": {
      const problem = stringProblem(schema);
      return problem ? [{ path, problem }] : [];
    }
    case "number":
    case "boolean":
    case "enum":
    case "literal":
    case "bigint":
    case "date":
    case "null":
    case "undefined":
      return [];
    case "object":
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, value]) => findFreeText(value, `${path}.${key}`));
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      return findFreeText(def.innerType, path);
    case "array":
      return findFreeText(def.element, `${path}[]`);
    case "union":
      return (def.options as unknown[]).flatMap((option) => findFreeText(option, path));
    case "pipe":
      // z.preprocess: a transform in front of the schema that does the checking.
      return defOf(def.in).type === "transform" ? findFreeText(def.out, path) : [...findFreeText(def.in, path), ...findFreeText(def.out, path)];
    default:
      // any, unknown, custom, record, transform…: nothing bounds what may be sent.
      return [{ path, problem: `an input of type "${def.type}" this test cannot check` }];
  }
}

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string; inputs: unknown[] } }>);
// Subscriptions would send their input in the URL too (server-sent events are GETs).
const queries = procedures.filter(([, procedure]) => procedure._def.type !== "mutation");

describe("query inputs (sent in the URL) hold no free text", () => {
  it("finds the queries to check", () => {
    expect(queries.length).toBeGreaterThan(10);
  });

  it.each(queries.map(([path, procedure]) => [path, procedure._def.inputs] as const))("%s", (path, inputs) => {
    const findings = inputs.flatMap((input) => findFreeText(input, path)).filter((finding) => !Object.hasOwn(FREE_TEXT_ALLOWED, finding.path));
    expect(findings).toEqual([]);
  });

  it("every allowance still matches a query field", () => {
    const seen = new Set(queries.flatMap(([path, procedure]) => procedure._def.inputs.flatMap((input) => findFreeText(input, path))).map((finding) => finding.path));
    expect(Object.keys(FREE_TEXT_ALLOWED).filter((path) => !seen.has(path))).toEqual([]);
  });

  it("tells free text from ids, dates, enums and tokens", () => {
    const input = z
      .object({
        id: z.uuid(),
        on: z.preprocess((value) => (value === "" ? undefined : value), z.iso.date().optional()),
        kind: z.enum(["a", "b"]).optional(),
        action: z.string().max(60).regex(/^[a-z_.]+$/),
        page: z.coerce.number().int().positive().optional(),
        note: z.string().max(500),
        search: z.string().regex(/^[a-z ]+$/),
        email: z.email(),
        anything: z.unknown(),
        words: z.array(z.string().max(20)),
      })
      .strict();
    expect(findFreeText(input, "probe").map((finding) => finding.path)).toEqual(["probe.note", "probe.search", "probe.email", "probe.anything", "probe.words[]"]);
  });
});
