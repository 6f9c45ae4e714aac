import { randomUUID } from "node:crypto";
import type { TTemplateDefinitionInput } from "@/db/schema/exercises/definition";

/**
 * Canary helpers for the confidentiality tests (security.md A3, C1, C3): private
 * answers carry a unique `CANARY-<uuid>` marker, and everything a partner can reach
 * is scanned for those markers and for the other partner's row ids and timestamps.
 * No database or browser imports here, so the integration and e2e suites share it.
 */

type FieldInput = TTemplateDefinitionInput["sections"][number]["fields"][number];

/** A hurt-partner section and an involved-partner section, as the paired fixtures use them. */
export function partnerSections(hpFields: FieldInput[], ipFields: FieldInput[]) {
  return [
    { key: "hp_part", title: "Hurt partner", for: "hp" as const, fields: hpFields },
    { key: "ip_part", title: "Involved partner", for: "ip" as const, fields: ipFields },
  ];
}

export function canary(): string {
  return `CANARY-${randomUUID()}`;
}

/** Labelled secrets: the label says what leaked when a scan finds one. */
export type Secrets = Record<string, string>;

/** The labels of every secret found in `text` (case-insensitive: ids may be upper-cased somewhere). */
export function leaksIn(text: string, secrets: Secrets, ignore: ReadonlySet<string> = new Set()): string[] {
  const haystack = text.toLowerCase();
  return Object.entries(secrets)
    .filter(([, secret]) => secret.length > 0 && !ignore.has(secret) && haystack.includes(secret.toLowerCase()))
    .map(([label]) => label);
}

/**
 * One question of every visibility class for each partner, and a paired-reveal text
 * pair, so every class can carry a marker. The hurt partner answers `hp_view`, the
 * involved partner `ip_view`; both are required, so a partner can't submit their part
 * (and unlock the pair) by accident.
 */
export function everyClassTextDefinition(title = "Canary every-class exercise"): TTemplateDefinitionInput {
  const view = (key: string) => ({ key, type: "short_text" as const, label: "How today looked to me", visibility: "shared" as const, pairKey: "view", pairedReveal: true, required: true });
  return {
    title,
    summary: "Fixture: one text answer of each visibility class.",
    phase: "p1",
    audience: "each",
    sections: [
      ...partnerSections([view("hp_view")], [view("ip_view")]),
      {
        key: "all",
        title: "Everyone",
        fields: [
          { key: "shared_note", type: "short_text", label: "For both of us", visibility: "shared" },
          { key: "private_note", type: "long_text", label: "For my counselor", visibility: "counselor_only" },
          { key: "letter", type: "long_text", label: "Letter", visibility: "release_gated" },
          { key: "safety_note", type: "long_text", label: "Safety note", visibility: "safety" },
        ],
      },
    ],
  };
}

/** An individual exercise whose only questions are `safety` class (C1: a screening). */
export function safetyOnlyDefinition(title: string): TTemplateDefinitionInput {
  return {
    title,
    summary: "Fixture: a private screening.",
    phase: "p0",
    audience: "each",
    sections: [
      {
        key: "screen",
        title: "Just for your counselor",
        fields: [
          { key: "afraid", type: "yes_no", label: "I am afraid of my partner", visibility: "safety" },
          { key: "what_happened", type: "long_text", label: "What happened", visibility: "safety" },
        ],
      },
    ],
  };
}

/** A joint exercise: a shared part both write, and a counselor-only part per partner. */
export function jointDefinition(title = "Canary joint exercise"): TTemplateDefinitionInput {
  return {
    title,
    summary: "Fixture: a joint exercise.",
    phase: "p2",
    audience: "together",
    sections: [
      { key: "together", title: "Together", fields: [{ key: "joint_note", type: "short_text", label: "What we agreed", visibility: "shared" }] },
      { key: "hp_private", title: "Hurt partner", for: "hp", fields: [{ key: "hp_aside", type: "long_text", label: "Aside", visibility: "counselor_only" }] },
      { key: "ip_private", title: "Involved partner", for: "ip", fields: [{ key: "ip_aside", type: "long_text", label: "Aside", visibility: "counselor_only" }] },
    ],
  };
}

/**
 * A question the hurt partner sees only after answering "yes" to an earlier one: its
 * mere presence tells a reader that answer. The earlier answer is shared, optionally
 * revealed in pairs.
 */
export function conditionalDefinition(title: string, options: { pairedTrigger: boolean }): TTemplateDefinitionInput {
  const trigger = (key: string) => ({
    key,
    type: "yes_no" as const,
    label: "We talked tonight",
    visibility: "shared" as const,
    pairKey: "talked",
    pairedReveal: options.pairedTrigger,
  });
  return {
    title,
    summary: "Fixture: a question that depends on an earlier answer.",
    phase: "p1",
    audience: "each",
    sections: partnerSections(
      [trigger("hp_talked"), { key: "hp_detail", type: "short_text", label: "What we talked about", visibility: "shared", showWhen: { field: "hp_talked", equals: true } }],
      [trigger("ip_talked")],
    ),
  };
}

/**
 * Every key path of a value: objects by key, array elements collapsed to `[]`, and
 * the children of `records` (objects keyed by data, e.g. field keys) collapsed to `*`.
 * Values under an `opaque` path (answers, field definitions) are not descended into.
 */
export function keyPaths(value: unknown, options: { records?: readonly string[]; opaque?: readonly string[] } = {}): Set<string> {
  const paths = new Set<string>();
  const walk = (node: unknown, path: string) => {
    if (path) paths.add(path);
    if (options.opaque?.includes(path)) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, `${path}[]`);
      return;
    }
    if (node === null || typeof node !== "object" || node instanceof Date) return;
    const isRecord = options.records?.includes(path) ?? false;
    for (const [key, child] of Object.entries(node)) walk(child, `${path ? `${path}.` : ""}${isRecord ? "*" : key}`);
  };
  walk(value, "");
  return paths;
}
