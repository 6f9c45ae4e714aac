import type { Database } from "@/db/client";
import { findViewerRecord } from "@/db/queries/users";
import type { PartnerLabel } from "@/db/schema/_shared/enums";
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
}
/** The signed-in person as the database knows them right now. */
export type Viewer = CounselorViewer | AdminViewer | PartnerViewer;
export type Role = Viewer["role"];

/**
 * Turns token claims into a viewer, or null when the token no longer stands: the
 * account is gone or disabled, this sign-in was signed out, its session version moved
 * on (sign out everywhere, password or role change), its role changed, the sign-in is
 * older than the absolute limit, or a partner no longer belongs to an active couple.
 */
export async function resolveViewer(
  db: Database,
  claims: SessionClaims | null,
  now: Date = new Date(),
): Promise<Viewer | null> {
  if (!claims) return null;
  if (now.getTime() / 1000 - claims.authTime > ABSOLUTE_SESSION_SECONDS) return null;

  const record = await findViewerRecord(db, claims.userId, claims.sessionId);
  if (!record || record.disabled || !record.sessionOpen) return null;
  if (record.sessionVersion !== claims.sessionVersion || record.role !== claims.role) return null;

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
      if (!record.coupleId || !record.memberId || !record.label || record.coupleStatus === "archived") return null;
      return { ...base, role: "partner", coupleId: record.coupleId, memberId: record.memberId, label: record.label, consentCurrent: Boolean(record.consentCurrent) };
  }
}
