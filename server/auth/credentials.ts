import type { Database } from "@/db/client";
import { chargeAttempt, clearThrottle, refundAttempt } from "@/db/queries/auth-throttle";
import { createUserSession, findLoginRecord, recordSuccessfulLogin } from "@/db/queries/users";
import type { UserRole } from "@/db/schema/_shared/enums";
import type { RequestInfo } from "../request-info";
import { recordAudit } from "../services/audit";
import { hashPassword, needsRehash, spendVerificationTime, verifyPassword } from "./password";
import { ZLoginInput } from "./login-schema";
import { ACCOUNT_RULE, isLocked, signInKeys } from "./throttle";

export interface AuthenticatedUser {
  id: string;
  role: UserRole;
  sessionVersion: number;
  sessionId: string;
}

/**
 * Too many recent failures for this email or this client address. Thrown the same way
 * for known and unknown emails, after the same time as a password check.
 */
export class SignInThrottledError extends Error {
  constructor() {
    super("Too many sign-in attempts");
    this.name = "SignInThrottledError";
  }
}

/**
 * Checks an email and password. Every failure looks the same to the caller (null)
 * and costs the same time, so the answer never tells whether an email has an account.
 * Each attempt counts against the email and the client address first (throttle.ts);
 * while either is blocked the password is not even checked. A success opens a
 * user_sessions row, records the sign-in and audits it in one transaction.
 */
export async function verifyCredentials(
  db: Database,
  rawInput: unknown,
  request: RequestInfo,
  now: Date = new Date(),
): Promise<AuthenticatedUser | null> {
  const parsed = ZLoginInput.safeParse(rawInput);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const { account, address } = signInKeys(email, request.ip);
  const charge = await chargeAttempt(db, address ? [account, address] : [account], now);
  if (!charge.allowed) {
    await spendVerificationTime(password);
    throw new SignInThrottledError();
  }

  const record = await findLoginRecord(db, email);
  const hash = record && !record.disabled ? record.passwordHash : null;
  let matches = false;
  if (hash) matches = await verifyPassword(hash, password);
  else await spendVerificationTime(password);
  if (!record || !hash || !matches) {
    const failures = charge.failures.get(account.key) ?? 0;
    await recordAudit(db, null, request, {
      action: "auth.login",
      entityType: "user",
      entityId: record?.id ?? null,
      outcome: "denied",
      // The attempt that locks the account says so, once.
      ...(failures === ACCOUNT_RULE.lockAt && isLocked(failures, ACCOUNT_RULE) ? { details: { locked: true } } : {}),
    });
    return null;
  }

  const replacementHash = needsRehash(hash) ? await hashPassword(password) : undefined;
  return db.transaction(async (tx) => {
    await clearThrottle(tx, account.key);
    if (address) await refundAttempt(tx, address);
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
