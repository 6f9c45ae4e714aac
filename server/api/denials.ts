import { recordAudit } from "../services/audit";
import type { TrpcContext } from "./context";
import { describeForLog } from "./error-handling";

/**
 * Input keys that name an object, most specific first: the attempted id is what a
 * reviewer of the trail needs ("who tried task X"), and a task says more than a couple.
 */
const ENTITY_KEYS = [
  ["taskId", "task"],
  ["responseId", "response"],
  ["requestId", "share_request"],
  ["flagId", "flag"],
  ["concernId", "safety_concern"],
  ["sessionId", "session"],
  ["assignmentId", "assignment"],
  ["templateId", "exercise_template"],
  ["coupleId", "couple"],
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The object a refused call named, if any: only a well-formed id is kept, never free text. */
export function attemptedEntity(rawInput: unknown): { entityType: string; entityId: string | null } {
  if (rawInput && typeof rawInput === "object" && !Array.isArray(rawInput)) {
    for (const [key, entityType] of ENTITY_KEYS) {
      const value = (rawInput as Record<string, unknown>)[key];
      if (typeof value === "string" && UUID.test(value)) return { entityType, entityId: value.toLowerCase() };
    }
  }
  return { entityType: "procedure", entityId: null };
}

/**
 * Writes the `denied` audit row for a refused call (security.md L1), outside any
 * transaction the procedure opened, which has already rolled back by now. The couple
 * stays empty: for an out-of-scope id, naming its couple would record (and show in
 * access logs) what the caller was refused. A caller without a viewer is not recorded:
 * anyone could flood the append-only table that way. A failed insert is logged without
 * content and the caller still gets the refusal.
 */
export async function auditDenial(ctx: TrpcContext, refusal: { path: string; code: "FORBIDDEN" | "NOT_FOUND"; getRawInput: () => Promise<unknown> }) {
  const viewer = await ctx.getViewer().catch(() => null);
  if (!viewer) {
    ctx.log.debug({ path: refusal.path, requestId: ctx.request.id, code: refusal.code }, "refused a call without a signed-in viewer");
    return;
  }
  try {
    const rawInput = await refusal.getRawInput().catch(() => undefined);
    await recordAudit(ctx.db, viewer, ctx.request, {
      action: refusal.path,
      ...attemptedEntity(rawInput),
      coupleId: null,
      outcome: "denied",
      details: { code: refusal.code },
    });
  } catch (error) {
    ctx.log.error({ path: refusal.path, requestId: ctx.request.id, userId: viewer.userId, err: describeForLog(error) }, "could not record an authorization denial");
  }
}
