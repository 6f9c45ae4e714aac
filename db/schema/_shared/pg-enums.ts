import { pgEnum } from "drizzle-orm/pg-core";
import {
  ACCOUNT_TOKEN_PURPOSES,
  ASSIGNMENT_STATUSES,
  AUDIENCES,
  AUDIT_OUTCOMES,
  CONCERN_KINDS,
  COUPLE_PHASES,
  COUPLE_STATUSES,
  DISCLOSURE_KINDS,
  EMAIL_DELIVERY_STATUSES,
  FLAG_SEVERITIES,
  NOTIFICATION_KINDS,
  PARTNER_LABELS,
  RESPONSE_STATES,
  SECRETS_POLICIES,
  SESSION_STATUSES,
  SHARE_REQUEST_STATUSES,
  SKIP_REASONS,
  TASK_STATUSES,
  TEMPLATE_ORIGINS,
  USER_ROLES,
  VISIBILITY_CLASSES,
} from "./enums";

export const userRole = pgEnum("user_role", USER_ROLES);
export const couplePhase = pgEnum("couple_phase", COUPLE_PHASES);
export const secretsPolicy = pgEnum("secrets_policy", SECRETS_POLICIES);
export const coupleStatus = pgEnum("couple_status", COUPLE_STATUSES);
export const partnerLabel = pgEnum("partner_label", PARTNER_LABELS);
export const audience = pgEnum("audience", AUDIENCES);
export const visibilityClass = pgEnum("visibility_class", VISIBILITY_CLASSES);
export const templateOrigin = pgEnum("template_origin", TEMPLATE_ORIGINS);
export const assignmentStatus = pgEnum("assignment_status", ASSIGNMENT_STATUSES);
export const taskStatus = pgEnum("task_status", TASK_STATUSES);
export const skipReason = pgEnum("skip_reason", SKIP_REASONS);
export const responseState = pgEnum("response_state", RESPONSE_STATES);
export const disclosureKind = pgEnum("disclosure_kind", DISCLOSURE_KINDS);
export const shareRequestStatus = pgEnum("share_request_status", SHARE_REQUEST_STATUSES);
export const flagSeverity = pgEnum("flag_severity", FLAG_SEVERITIES);
export const concernKind = pgEnum("concern_kind", CONCERN_KINDS);
export const sessionStatus = pgEnum("session_status", SESSION_STATUSES);
export const auditOutcome = pgEnum("audit_outcome", AUDIT_OUTCOMES);
export const accountTokenPurpose = pgEnum("account_token_purpose", ACCOUNT_TOKEN_PURPOSES);
export const notificationKind = pgEnum("notification_kind", NOTIFICATION_KINDS);
export const emailDeliveryStatus = pgEnum("email_delivery_status", EMAIL_DELIVERY_STATUSES);
