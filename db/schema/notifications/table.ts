import { relations, sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz, updatedAt } from "../_shared/columns";
import { notificationKind } from "../_shared/pg-enums";
import { couples } from "../couples/table";
import { users } from "../users/table";

/**
 * One in-app notification for one person. It holds a kind and ids, never words: the
 * text is composed when it is shown, for that viewer, from what they may already see.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKind().notNull(),
    coupleId: uuid().references(() => couples.id, { onDelete: "cascade" }),
    /** The task, assignment or occurrence the notification points at, by kind. */
    subjectId: uuid(),
    /** How many events an unread notification stands for ("3 new safety flags"). */
    count: integer().notNull().default(1),
    createdAt: createdAt(),
    readAt: tstz(),
  },
  (t) => [
    index("notifications_user_id_idx").on(t.userId, t.readAt, t.createdAt),
    index("notifications_couple_id_idx").on(t.coupleId),
    check("notifications_count_positive", sql`${t.count} > 0`),
  ],
);

/**
 * Each person's reminder settings. Times are minutes after local midnight in `timeZone`
 * (null: the couple's zone for partners, the practice's for staff). Quiet hours may
 * wrap midnight (start > end); both null means none.
 */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    emailReminders: boolean().notNull().default(true),
    reminderMinute: smallint().notNull().default(18 * 60),
    quietStartMinute: smallint(),
    quietEndMinute: smallint(),
    /** Wording that says nothing about therapy, for a shared inbox or lock screen. */
    discreet: boolean().notNull().default(false),
    timeZone: text(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("notification_preferences_reminder_minute_range", sql`${t.reminderMinute} BETWEEN 0 AND 1439`),
    check(
      "notification_preferences_quiet_hours_pair",
      sql`(${t.quietStartMinute} IS NULL) = (${t.quietEndMinute} IS NULL) AND coalesce(${t.quietStartMinute}, 0) BETWEEN 0 AND 1439 AND coalesce(${t.quietEndMinute}, 0) BETWEEN 0 AND 1439`,
    ),
  ],
);

export const notificationsRelations = relations(notifications, ({ one }) => ({
  user: one(users, { fields: [notifications.userId], references: [users.id] }),
  couple: one(couples, { fields: [notifications.coupleId], references: [couples.id] }),
}));
