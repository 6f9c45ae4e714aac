import type { UserRole } from "@/db/schema/_shared/enums";

/** Where each role starts: counselors on their caseload, partners on Today, admins on the practice page. */
export const LANDING_PATHS: Record<UserRole, string> = {
  counselor: "/caseload",
  partner: "/today",
  admin: "/practice",
};
