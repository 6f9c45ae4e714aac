import type { Database } from "@/db/client";
import { findLoginRecord, recordSuccessfulLogin } from "@/db/queries/users";
import type { UserRole } from "@/db/schema/_shared/enums";
import type { RequestInfo } from "../request-info";
import { recordAudit } from "../services/audit";
import { hashPassword, needsRehash, spendVerificationTime, verifyPassword } from "./password";
import { ZLoginInput } from "./schemas";

export interface AuthenticatedUser {
  id: string;
  role: UserRole;
  sessionVersion: number;
}

/**
 * Checks an email and password. Every failure looks the same to the caller (null)
 * and costs the same time, so the answer never tells whether an email has an account.
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
  if (!record?.passwordHash || record.disabled) {
    await spendVerificationTime(password);
    await recordAudit(db, null, request, {
      action: "auth.login",
      entityType: "user",
      entityId: record?.id ?? null,
      outcome: "denied",
    });
    return null;
  }

  if (!(await verifyPassword(record.passwordHash, password))) {
    await recordAudit(db, null, request, { action: "auth.login", entityType: "user", entityId: record.id, outcome: "denied" });
    return null;
  }

  const replacementHash = needsRehash(record.passwordHash) ? await hashPassword(password) : undefined;
  await recordSuccessfulLogin(db, record.id, replacementHash);
  await recordAudit(db, { userId: record.id, role: record.role }, request, {
    action: "auth.login",
    entityType: "user",
    entityId: record.id,
  });
  return { id: record.id, role: record.role, sessionVersion: record.sessionVersion };
}
