import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { notificationPreferences } from "../schema";

export async function findNotificationPreferences(db: Database, userId: string) {
  const [row] = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  return row ?? null;
}

export async function upsertNotificationPreferences(db: Database, values: typeof notificationPreferences.$inferInsert) {
  const { userId: _userId, ...changes } = values;
  await db.insert(notificationPreferences).values(values).onConflictDoUpdate({ target: notificationPreferences.userId, set: changes });
}
