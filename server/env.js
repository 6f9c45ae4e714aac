// The one place that reads process.env. next.config.js imports this file, so a
// bad environment stops `next build`, `next start` and `next dev` with a clear
// message instead of failing on the first request.
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

const postgresUrl = z
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), {
    message: "must be a postgres:// or postgresql:// connection string",
  });

const server = {
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  /**
   * 32 random bytes (base64 or 64 hex digits) that encrypt TOTP secrets and key recovery-code
   * hashes. Unset, a key is derived from the signing secret (server/auth/mfa/keys.ts).
   */
  MFA_ENCRYPTION_KEY: z
    .string()
    .refine((value) => decodeKey(value) !== null, { message: "must be 32 bytes, as base64 or 64 hex digits (generate one with: openssl rand -base64 32)" })
    .optional(),
  /** Read by `next start`; also the default port of NEXTAUTH_URL. */
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  SEED_DEMO_DATA: z.enum(["auto", "true", "false"]).default("auto"),
  /** Set by Next itself ("phase-production-build" during `next build`). */
  NEXT_PHASE: z.string().optional(),
  /** How many reverse proxies in front of Trellis append to X-Forwarded-For; 0 ignores the header. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Minutes without a request the person made themselves before a sign-in ends (S7). */
  IDLE_TIMEOUT_STAFF_MINUTES: z.coerce.number().min(1).max(60).default(15),
  IDLE_TIMEOUT_PARTNER_MINUTES: z.coerce.number().min(1).max(120).default(30),
  /**
   * Outgoing mail. With SMTP_URL (smtp://user:pass@host:587 or smtps://...) messages go
   * through that server; without it they are written to OUTBOX_DIR and listed at /dev/outbox.
   */
  SMTP_URL: z.url().refine((value) => /^smtps?:\/\//.test(value), { message: "must be an smtp:// or smtps:// URL" }).optional(),
  MAIL_FROM: z.string().min(3).default("Trellis <no-reply@trellis.invalid>"),
  OUTBOX_DIR: z.string().min(1).default(".data/outbox"),
  /** "off" stops this process from running background jobs (reminders, mail); another instance must. */
  JOBS: z.enum(["on", "off"]).default("on"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
};

/**
 * 32 bytes from 64 hex digits or base64 (standard or URL-safe), else null.
 * @param {string} value
 * @returns {Buffer | null}
 */
export function decodeKey(value) {
  const bytes = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, "hex") : /^[A-Za-z0-9+/_-]{43}=?$/.test(value) ? Buffer.from(value, "base64") : null;
  return bytes && bytes.length === 32 ? bytes : null;
}

const shared = {
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
};

export const env = createEnv({
  server,
  shared,
  client: {},
  emptyStringAsUndefined: true,
  experimental__runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
  },
  // Several instances behind a load balancer must share one signing secret, so a
  // generated one (see server/auth/secret.ts) is only acceptable for the embedded
  // database, which is single-process by construction.
  createFinalSchema: (shape) =>
    z.object(shape).superRefine((values, ctx) => {
      if (values.NODE_ENV === "production" && values.DATABASE_URL && !values.NEXTAUTH_SECRET) {
        ctx.addIssue({
          code: "custom",
          path: ["NEXTAUTH_SECRET"],
          message: "is required when DATABASE_URL is set in production (generate one with: openssl rand -base64 32)",
        });
      }
    }),
});
