import { createHash } from "node:crypto";
import type { Database } from "@/db/client";
import { sealTotpSecret } from "@/server/auth/mfa/sealed-secrets";
import { hashPassword } from "@/server/auth/password";
import { INVITATION_DAYS } from "@/server/services/invitations/send-invitation";
import type { SeedPlan } from "./plan";
import { BENCH_PASSWORD } from "./plan";
import { benchId, Random } from "./random";
import type { Progress } from "./sql";
import { insertRecords } from "./sql";
import { USER_AGENTS } from "./words";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** An invitation's stored token hash: only the SHA-256 of a token is kept, and these tokens were "used". */
const tokenHash = (seed: number, key: string) => createHash("sha256").update(benchId(seed, "invitation-token", key)).digest("hex");

/**
 * Practices, their admins and counselors, couples and partners, as the onboarding flow
 * leaves them: every account invited and activated (one password hash for everyone,
 * hashed once), staff with a confirmed authenticator, partners who accepted their
 * couple's current policy, and reminder preferences for some.
 */
export async function insertPeople(db: Database, plan: SeedPlan, seed: number, progress: Progress): Promise<void> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const partners = plan.couples.flatMap((couple) => couple.partners.map((partner) => ({ couple, partner })));

  await progress.step("practices", () =>
    insertRecords(
      db,
      "practices",
      { id: "uuid", name: "text", slug: "text", time_zone: "text", is_demo: "boolean", created_at: "timestamptz", updated_at: "timestamptz" },
      plan.practices.map((practice) => ({ id: practice.id, name: practice.name, slug: practice.slug, time_zone: practice.timeZone, is_demo: false, created_at: practice.createdAt, updated_at: practice.createdAt })),
    ),
  );

  const userColumns = { id: "uuid", practice_id: "uuid", role: "user_role", email: "text", display_name: "text", password_hash: "text", created_at: "timestamptz", updated_at: "timestamptz" };
  await progress.step("users", () =>
    insertRecords(db, "users", userColumns, [
      ...plan.staff.map((member) => ({
        id: member.id,
        practice_id: member.practiceId,
        role: member.role,
        email: member.email,
        display_name: member.displayName,
        password_hash: passwordHash,
        created_at: member.createdAt,
        updated_at: new Date(member.createdAt.getTime() + DAY),
      })),
      ...partners.map(({ couple, partner }) => ({
        id: partner.id,
        practice_id: couple.practiceId,
        role: "partner",
        email: partner.email,
        display_name: partner.displayName,
        password_hash: passwordHash,
        created_at: couple.createdAt,
        updated_at: partner.acceptedAt,
      })),
    ]),
  );

  // Staff reach nothing clinical without two-step verification; they share one secret (see the manifest).
  await progress.step("user_totp", () =>
    insertRecords(
      db,
      "user_totp",
      { user_id: "uuid", secret_ciphertext: "text", confirmed_at: "timestamptz", created_at: "timestamptz" },
      plan.staff.map((member) => {
        const confirmedAt = new Date(member.createdAt.getTime() + DAY + 5 * MINUTE);
        return { user_id: member.id, secret_ciphertext: sealTotpSecret(member.id, plan.totpSecret), confirmed_at: confirmedAt, created_at: new Date(confirmedAt.getTime() - MINUTE) };
      }),
    ),
  );

  await progress.step("couples", () =>
    insertRecords(
      db,
      "couples",
      {
        id: "uuid",
        practice_id: "uuid",
        counselor_id: "uuid",
        display_name: "text",
        phase: "couple_phase",
        secrets_policy: "secrets_policy",
        secrets_policy_version: "int",
        time_zone: "text",
        status: "couple_status",
        created_at: "timestamptz",
        updated_at: "timestamptz",
      },
      plan.couples.map((couple) => ({
        id: couple.id,
        practice_id: couple.practiceId,
        counselor_id: couple.counselorId,
        display_name: couple.displayName,
        phase: couple.phase,
        secrets_policy: couple.secretsPolicy,
        secrets_policy_version: 1,
        time_zone: couple.timeZone,
        status: "active",
        created_at: couple.createdAt,
        updated_at: couple.createdAt,
      })),
    ),
  );

  await progress.step("couple_members", () =>
    insertRecords(
      db,
      "couple_members",
      { id: "uuid", couple_id: "uuid", user_id: "uuid", slot: "smallint", label: "partner_label", created_at: "timestamptz" },
      partners.map(({ couple, partner }) => ({
        id: benchId(seed, "member", partner.ordinal),
        couple_id: couple.id,
        user_id: partner.id,
        slot: partner.slot,
        label: partner.label,
        created_at: couple.createdAt,
      })),
    ),
  );

  await progress.step("consent_records", () =>
    insertRecords(
      db,
      "consent_records",
      { id: "uuid", couple_id: "uuid", user_id: "uuid", policy: "secrets_policy", policy_version: "int", acknowledged_at: "timestamptz", ip_address: "text", user_agent: "text" },
      // No client address: without TRUSTED_PROXY_HOPS the app records none (server/request-info.ts).
      partners.map(({ couple, partner }) => ({
        id: benchId(seed, "consent", partner.ordinal),
        couple_id: couple.id,
        user_id: partner.id,
        policy: couple.secretsPolicy,
        policy_version: 1,
        acknowledged_at: new Date(partner.acceptedAt.getTime() + 2 * MINUTE),
        ip_address: null,
        user_agent: USER_AGENTS[partner.ordinal % USER_AGENTS.length],
      })),
    ),
  );

  const invitations = [
    ...plan.staff
      .filter((member) => member.invitedById !== null)
      .map((member) => ({ key: member.email, practiceId: member.practiceId, userId: member.id, coupleId: null, role: member.role, email: member.email, invitedById: member.invitedById!, sentAt: new Date(member.createdAt.getTime() + MINUTE), acceptedAt: new Date(member.createdAt.getTime() + DAY) })),
    ...partners.map(({ couple, partner }) => ({
      key: partner.email,
      practiceId: couple.practiceId,
      userId: partner.id,
      coupleId: couple.id,
      role: "partner" as const,
      email: partner.email,
      invitedById: couple.counselorId,
      sentAt: partner.invitedAt,
      acceptedAt: partner.acceptedAt,
    })),
  ];
  await progress.step("invitations", () =>
    insertRecords(
      db,
      "invitations",
      {
        id: "uuid",
        practice_id: "uuid",
        user_id: "uuid",
        couple_id: "uuid",
        role: "user_role",
        email: "text",
        token_hash: "text",
        invited_by_id: "uuid",
        expires_at: "timestamptz",
        accepted_at: "timestamptz",
        send_count: "int",
        last_sent_at: "timestamptz",
        created_at: "timestamptz",
      },
      invitations.map((invitation) => ({
        id: benchId(seed, "invitation", invitation.key),
        practice_id: invitation.practiceId,
        user_id: invitation.userId,
        couple_id: invitation.coupleId,
        role: invitation.role,
        email: invitation.email,
        token_hash: tokenHash(seed, invitation.key),
        invited_by_id: invitation.invitedById,
        expires_at: new Date(invitation.sentAt.getTime() + INVITATION_DAYS * DAY),
        accepted_at: invitation.acceptedAt,
        send_count: 1,
        last_sent_at: invitation.sentAt,
        created_at: invitation.sentAt,
      })),
    ),
  );
  // Every invitation went out through the outbox and was sent; a sent row keeps no payload.
  await progress.step("email_deliveries (invitations)", () =>
    insertRecords(
      db,
      "email_deliveries",
      { id: "uuid", idempotency_key: "text", user_id: "uuid", template: "text", status: "email_delivery_status", attempts: "int", claimed_at: "timestamptz", created_at: "timestamptz", sent_at: "timestamptz" },
      invitations.map((invitation) => ({
        id: benchId(seed, "email", `invite:${invitation.key}`),
        idempotency_key: `invite:${benchId(seed, "invitation", invitation.key)}:1`,
        user_id: invitation.userId,
        template: "invitation",
        status: "sent",
        attempts: 1,
        claimed_at: new Date(invitation.sentAt.getTime() + 2_000),
        created_at: invitation.sentAt,
        sent_at: new Date(invitation.sentAt.getTime() + 3_000),
      })),
    ),
  );

  const preferences = [
    ...partners.flatMap(({ partner }) => {
      const rng = new Random(seed, "preferences", partner.email);
      if (!rng.chance(0.25)) return [];
      const quiet = rng.chance(0.3);
      return [
        {
          user_id: partner.id,
          email_reminders: rng.chance(0.85),
          reminder_minute: rng.pick([720, 1020, 1140, 1170, 1200, 1260]),
          quiet_start_minute: quiet ? 1320 : null,
          quiet_end_minute: quiet ? 420 : null,
          discreet: rng.chance(0.4),
          time_zone: null,
          updated_at: new Date(partner.acceptedAt.getTime() + rng.int(1, 20) * DAY),
        },
      ];
    }),
    ...plan.staff.flatMap((member) => {
      const rng = new Random(seed, "preferences", member.email);
      if (member.role !== "counselor" || !rng.chance(0.3)) return [];
      return [
        {
          user_id: member.id,
          email_reminders: rng.chance(0.9),
          reminder_minute: rng.pick([420, 450, 480, 510]),
          quiet_start_minute: null,
          quiet_end_minute: null,
          discreet: false,
          time_zone: null,
          updated_at: new Date(member.createdAt.getTime() + 2 * DAY),
        },
      ];
    }),
  ];
  await progress.step("notification_preferences", () =>
    insertRecords(
      db,
      "notification_preferences",
      {
        user_id: "uuid",
        email_reminders: "boolean",
        reminder_minute: "smallint",
        quiet_start_minute: "smallint",
        quiet_end_minute: "smallint",
        discreet: "boolean",
        time_zone: "text",
        updated_at: "timestamptz",
      },
      preferences,
    ),
  );
}
