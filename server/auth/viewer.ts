import type { Database } from "@/db/client";
import { findViewerRecord, revokeUserSession, touchSessionActivity } from "@/db/queries/users";
import type { PartnerLabel } from "@/db/schema/_shared/enums";
import { idleLimitSeconds, type Activity } from "./activity";
import { ABSOLUTE_SESSION_SECONDS, type SessionClaims } from "./claims";
import { mfaSatisfied } from "./mfa/requirement";

interface ViewerBase {
  userId: string;
  practiceId: string;
  /** The practice's IANA zone: the default for new couples and for staff-facing dates. */
  practiceTimeZone: string;
  displayName: string;
  email: string;
  /** The account has a confirmed authenticator. */
  mfaEnrolled: boolean;
  /** This sign-in may go past the two-step verification gate (server/auth/mfa/requirement.ts). */
  mfaSatisfied: boolean;
}
export interface CounselorViewer extends ViewerBase {
  role: "counselor";
}
export interface AdminViewer extends ViewerBase {
  role: "admin";
}
export interface PartnerViewer extends ViewerBase {
  role: "partner";
  coupleId: string;
  memberId: string;
  label: PartnerLabel;
  /** Accepted the couple's confidentiality policy at its current version; until then only the consent page works. */
  consentCurrent: boolean;
  /** The couple is archived: the partner may still read and export their own records, but change nothing of the couple's. */
  coupleArchived: boolean;
}
/** The signed-in person as the database knows them right now. */
export type Viewer = CounselorViewer | AdminViewer | PartnerViewer;
export type Role = Viewer["role"];

/**
 * Turns token claims into a viewer, or null when the token no longer stands: the
 * account is gone or disabled, this sign-in was signed out, its session version moved
 * on (sign out everywhere, password or role change), its role changed, the sign-in is
 * older than the absolute limit or idle past its role's limit, or a partner no longer
 * belongs to a couple. A partner of an archived couple stays signed in, read-only. A lapsed sign-in is closed on the server for good, so
 * a later request with the same token can't revive it.
 */
export async function resolveViewer(
  db: Database,
  claims: SessionClaims | null,
  now: Date = new Date(),
  activity: Activity = "user",
): Promise<Viewer | null> {
  if (!claims) return null;

  const record = await findViewerRecord(db, claims.userId, claims.sessionId);
  if (!record || record.disabled || !record.sessionOpen) return null;
  if (record.sessionVersion !== claims.sessionVersion || record.role !== claims.role) return null;
  const nowSeconds = now.getTime() / 1000;
  if (nowSeconds - claims.authTime > ABSOLUTE_SESSION_SECONDS) {
    await revokeUserSession(db, record.userId, claims.sessionId, "expired");
    return null;
  }
  if (record.lastActiveAt && nowSeconds - record.lastActiveAt.getTime() / 1000 > idleLimitSeconds(record.role)) {
    await revokeUserSession(db, record.userId, claims.sessionId, "idle");
    return null;
  }
  // Written at most once a minute, so most requests cost no extra round trip.
  if (activity === "user" && (!record.lastActiveAt || now.getTime() - record.lastActiveAt.getTime() >= 60_000)) {
    await touchSessionActivity(db, claims.sessionId, now);
  }

  const base: ViewerBase = {
    userId: record.userId,
    practiceId: record.practiceId,
    practiceTimeZone: record.practiceTimeZone,
    displayName: record.displayName,
    email: record.email,
    mfaEnrolled: Boolean(record.totpConfirmed),
    mfaSatisfied: mfaSatisfied(record.role, Boolean(record.totpConfirmed), record.mfaVerifiedAt !== null),
  };
  switch (record.role) {
    case "counselor":
      return { ...base, role: "counselor" };
    case "admin":
      return { ...base, role: "admin" };
    case "partner":
      if (!record.coupleId || !record.memberId || !record.label) return null;
      return {
        ...base,
        role: "partner",
        coupleId: record.coupleId,
        memberId: record.memberId,
        label: record.label,
        consentCurrent: Boolean(record.consentCurrent),
        coupleArchived: record.coupleStatus === "archived",
      };
  }
}
