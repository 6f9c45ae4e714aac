import type { UserRole } from "@/db/schema/_shared/enums";

/** Counselors and admins must use two-step verification; partners may choose to. */
export function mfaRequiredFor(role: UserRole): boolean {
  return role !== "partner";
}

/**
 * Whether this sign-in has done what two-step verification asks of it: with an
 * authenticator, the session must have passed a code; without one, only a partner
 * may go on (staff are sent to set one up).
 */
export function mfaSatisfied(role: UserRole, enrolled: boolean, sessionVerified: boolean): boolean {
  return enrolled ? sessionVerified : !mfaRequiredFor(role);
}
