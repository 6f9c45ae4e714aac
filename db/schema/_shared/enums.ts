// Plain value lists, importable from client components without pulling in Drizzle.
// The pgEnums in each aggregate are built from these, so the database, the zod
// schemas and the UI always agree on the allowed values.

export const USER_ROLES = ["admin", "counselor", "partner"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const COUPLE_PHASES = ["p0", "p1", "p2", "p3"] as const;
export type CouplePhase = (typeof COUPLE_PHASES)[number];

export const SECRETS_POLICIES = ["limited_secrets", "no_secrets"] as const;
export type SecretsPolicy = (typeof SECRETS_POLICIES)[number];

export const COUPLE_STATUSES = ["active", "paused", "archived"] as const;
export type CoupleStatus = (typeof COUPLE_STATUSES)[number];

/** Clinical label of a partner: hurt partner, involved partner, both/mutual, or not set. */
export const PARTNER_LABELS = ["hurt", "involved", "mutual", "unset"] as const;
export type PartnerLabel = (typeof PARTNER_LABELS)[number];

/** Who an exercise is for: hurt partner, involved partner, each separately, or the couple together. */
export const AUDIENCES = ["hp", "ip", "each", "together"] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Ordered from most to least private; an override may only move a field towards the start. */
export const VISIBILITY_CLASSES = ["safety", "counselor_only", "release_gated", "shared"] as const;
export type VisibilityClass = (typeof VISIBILITY_CLASSES)[number];

export const TEMPLATE_ORIGINS = ["builtin", "custom"] as const;

export const ASSIGNMENT_STATUSES = ["active", "paused", "ended"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const TASK_STATUSES = ["not_started", "in_progress", "submitted", "missed", "skipped"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const SKIP_REASONS = ["forgot", "no_time", "too_upsetting", "conflict", "unclear", "other"] as const;

export const RESPONSE_STATES = ["draft", "submitted"] as const;

export const DISCLOSURE_KINDS = ["author_share", "counselor_release"] as const;

export const SHARE_REQUEST_STATUSES = ["open", "accepted", "declined", "cancelled"] as const;

export const FLAG_SEVERITIES = ["low", "medium", "high", "critical"] as const;

export const CONCERN_KINDS = ["violence", "coercive_control"] as const;

export const SESSION_STATUSES = ["scheduled", "held", "cancelled"] as const;

export const AUDIT_OUTCOMES = ["success", "denied", "failure"] as const;

/** Single-use links sent by email for account changes; invitations have their own table. */
export const ACCOUNT_TOKEN_PURPOSES = ["password_reset", "email_change"] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * What an in-app notification says happened. Notifications carry a kind and ids only,
 * never text, so nothing clinical can be stored in or leak through them.
 */
export const NOTIFICATION_KINDS = [
  "task_assigned",
  "partner_shared",
  "counselor_released",
  "share_requested",
  "partner_submitted",
  "safety_flags",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const EMAIL_DELIVERY_STATUSES = ["queued", "sent", "failed"] as const;
export type EmailDeliveryStatus = (typeof EMAIL_DELIVERY_STATUSES)[number];
