/** Minutes after local midnight. Partners hear in the early evening; counselors before their day starts. */
export const DEFAULT_PARTNER_REMINDER_MINUTE = 18 * 60;
export const DEFAULT_COUNSELOR_DIGEST_MINUTE = 7 * 60 + 30;
