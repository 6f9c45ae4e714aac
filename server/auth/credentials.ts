import type { Database } from "@/db/client";
import { createUserSession, findLoginRecord, recordSuccessfulLogin } from "@/db/queries/users";
import type { UserRole } from "@/db/schema/_shared/enums";
import type { RequestInfo } from "../request-info";
import { recordAudit } from "../services/audit";
import { hashPassword, needsRehash, spendVerificationTime, verifyPassword } from "./password";
import { ZLoginInput } from "./schemas";

export interface AuthenticatedUser {
  id: string;
  role: UserRole;
  sessionVersion: number;
  sessionId: string;
}

/**
 * Checks an email and password. Every failure looks the same to the caller (null)
 * and costs the same time, so the answer never tells whether an email has an account.
 * A success opens a user_sessions row, records the sign-in and audits it in one
 * transaction.
 */
export async function verifyCredentials(
  db: Database,
  rawInput: unknown,
  request: RequestInfo,
): Promise<AuthenticatedUser | null> {
  const parsed = ZLoginInput.safeParse(rawInput);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const record = await findLoginRecord(db, email);
  const hash = record && !record.disabled ? record.passwordHash : null;
  let matches = false;
  if (hash) matches = await verifyPassword(hash, password);
  else await spendVerificationTime(password);
  if (!record || !hash || !matches) {
    await recordAudit(db, null, request, { action: "auth.login", entityType: "user", entityId: record?.id ?? null, outcome: "denied" });
    return null;
  }

  const replacementHash = needsRehash(hash) ? await hashPassword(password) : undefined;
  return db.transaction(async (tx) => {
    await recordSuccessfulLogin(tx, record.id, replacementHash);
    const sessionId = await createUserSession(tx, { userId: record.id, ipAddress: request.ip, userAgent: request.userAgent });
    await recordAudit(tx, { userId: record.id, role: record.role }, request, {
      action: "auth.login",
      entityType: "user",
      entityId: record.id,
      details: { sessionId },
    });
    return { id: record.id, role: record.role, sessionVersion: record.sessionVersion, sessionId };
  });
}
