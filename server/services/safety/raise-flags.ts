import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { flags } from "@/db/schema";
import type { TTemplateDefinition } from "@/db/schema/exercises/definition";
import { matchesOf } from "@/db/schema/exercises/rule-matching";
import { describeFor, fieldsByKey } from "../prep/describe";
import { notifySafetyFlags } from "../notifications/notify";
import { findCrisisPhrases } from "./crisis-phrases";

export interface FlaggedResponse {
  responseId: string;
  coupleId: string;
  authorId: string;
}

type NewFlag = typeof flags.$inferInsert;

/**
 * The flags one set of answers raises: the definition's flag rules on structured answers
 * (fear of the partner, violence items, thoughts of suicide…) and the crisis-phrase list
 * on everything written in free text. Pure, so the rules are unit-tested without a database.
 */
export function flagsFor(definition: TTemplateDefinition, answers: Record<string, unknown>, response: FlaggedResponse, now: Date): NewFlag[] {
  const fields = fieldsByKey(definition);
  const structured = (definition.flags ?? []).flatMap((rule) =>
    matchesOf(rule, answers).map(
      (match): NewFlag => ({
        ...response,
        fieldKey: rule.field,
        rule: rule.label,
        severity: rule.severity,
        excerpt: `${fields.get(rule.field)?.label ?? rule.field}: ${describeFor(fields, rule.field, match.value)}`,
        raisedAt: now,
      }),
    ),
  );
  const phrases = findCrisisPhrases(definition, answers).map(
    (match): NewFlag => ({ ...response, fieldKey: match.fieldKey, rule: match.rule, severity: match.severity, excerpt: match.excerpt, raisedAt: now }),
  );
  return [...structured, ...phrases];
}

/**
 * Raises the flags of a submission or amendment in its transaction. An amendment raises
 * only what is new for that response (same rule on the same field is the same flag), so
 * a counselor's acknowledgement is not undone by a partner fixing a typo.
 * Returns how many flags were raised now.
 */
export async function raiseFlags(db: Database, definition: TTemplateDefinition, answers: Record<string, unknown>, response: FlaggedResponse, now: Date): Promise<number> {
  const candidates = flagsFor(definition, answers, response, now);
  if (candidates.length === 0) return 0;
  const existing = await db
    .select({ rule: flags.rule, fieldKey: flags.fieldKey })
    .from(flags)
    .where(and(eq(flags.responseId, response.responseId), eq(flags.coupleId, response.coupleId)));
  const known = new Set(existing.map((row) => `${row.rule}|${row.fieldKey ?? ""}`));
  const fresh = candidates.filter((flag) => !known.has(`${flag.rule}|${flag.fieldKey ?? ""}`));
  if (fresh.length > 0) {
    await db.insert(flags).values(fresh);
    await notifySafetyFlags(db, response.coupleId, fresh.length);
  }
  return fresh.length;
}
