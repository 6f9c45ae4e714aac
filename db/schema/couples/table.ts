import { relations, sql } from "drizzle-orm";
import { check, index, integer, pgTable, smallint, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz, updatedAt } from "../_shared/columns";
import { couplePhase, coupleStatus, partnerLabel, secretsPolicy } from "../_shared/pg-enums";
import { policyWordings, practices } from "../practices/table";
import { users } from "../users/table";

export const couples = pgTable(
  "couples",
  {
    id: id(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id, { onDelete: "restrict" }),
    /** The counselor this couple is assigned to; the only clinician who sees its content. */
    counselorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    displayName: text().notNull(),
    phase: couplePhase().notNull().default("p0"),
    secretsPolicy: secretsPolicy().notNull().default("limited_secrets"),
    /** Bumped whenever the policy or its wording changes, so partners acknowledge again. */
    secretsPolicyVersion: integer().notNull().default(1),
    /** IANA zone; "today" and due dates for the couple are computed in it. */
    timeZone: text().notNull(),
    status: coupleStatus().notNull().default("active"),
    archivedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("couples_practice_id_idx").on(t.practiceId),
    index("couples_counselor_id_idx").on(t.counselorId, t.status),
  ],
);

/** Exactly two partners per couple: slots 1 and 2, each used once. */
export const coupleMembers = pgTable(
  "couple_members",
  {
    id: id(),
    coupleId: uuid()
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    /** One account per human, and a partner account belongs to one couple. */
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" })
      .unique("couple_members_user_id_key"),
    slot: smallint().notNull(),
    label: partnerLabel().notNull().default("unset"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("couple_members_couple_slot_key").on(t.coupleId, t.slot),
    // Target of composite foreign keys that prove an author or assignee belongs to the couple.
    unique("couple_members_couple_user_key").on(t.coupleId, t.userId),
    check("couple_members_slot_range", sql`${t.slot} IN (1, 2)`),
  ],
);

/** A partner's acknowledgement of the couple's confidentiality policy, one row per version. */
export const consentRecords = pgTable(
  "consent_records",
  {
    id: id(),
    coupleId: uuid()
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    policy: secretsPolicy().notNull(),
    policyVersion: integer().notNull(),
    /** The practice's wording that was shown; null when it was Trellis's own. */
    wordingId: uuid().references(() => policyWordings.id, { onDelete: "restrict" }),
    acknowledgedAt: createdAt(),
    ipAddress: text(),
    userAgent: text(),
  },
  (t) => [
    index("consent_records_couple_id_idx").on(t.coupleId),
    index("consent_records_wording_id_idx").on(t.wordingId),
    unique("consent_records_user_version_key").on(t.userId, t.coupleId, t.policyVersion),
  ],
);

export const couplesRelations = relations(couples, ({ one, many }) => ({
  practice: one(practices, { fields: [couples.practiceId], references: [practices.id] }),
  counselor: one(users, { fields: [couples.counselorId], references: [users.id] }),
  members: many(coupleMembers),
  consents: many(consentRecords),
}));

export const coupleMembersRelations = relations(coupleMembers, ({ one }) => ({
  couple: one(couples, { fields: [coupleMembers.coupleId], references: [couples.id] }),
  user: one(users, { fields: [coupleMembers.userId], references: [users.id] }),
}));

export const consentRecordsRelations = relations(consentRecords, ({ one }) => ({
  couple: one(couples, { fields: [consentRecords.coupleId], references: [couples.id] }),
  user: one(users, { fields: [consentRecords.userId], references: [users.id] }),
}));
