import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { addDays } from "@/db/schema/_shared/calendar";
import { emailDeliveries, sessionRecords, tasks } from "@/db/schema";
import { runReminderTick } from "@/server/services/reminders/run-reminder-tick";
import { createEmptyDatabase } from "../../support/database";
import { deliverQueuedEmail } from "../../support/mail";
import { assignDueOn, createActiveCouple, instantIn, setPreferences } from "../../support/reminder-fixtures";

// The planner reads every couple in the database, so this file owns a database of its own.
let handle: DatabaseHandle;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ handle, dispose } = await createEmptyDatabase());
  await migrateDatabase(handle);
});
afterAll(async () => dispose());

const DAY = "2026-03-10";
const chicago = (time: string, date = DAY) => instantIn(date, time, "America/Chicago");

async function deliveriesFor(userId: string) {
  return handle.db.select().from(emailDeliveries).where(eq(emailDeliveries.userId, userId));
}

describe("partner reminders", () => {
  it("a task due today gets one reminder at the preferred local time, and none before or again", async () => {
    const { db } = handle;
    const { couple, counselor, partners } = await createActiveCouple(db, { timeZone: "America/Chicago" });
    await assignDueOn(db, { coupleId: couple.id, counselor, partners, dueOn: DAY });

    await runReminderTick(db, chicago("17:59"));
    expect(await deliveriesFor(partners[0].id)).toHaveLength(0);

    await runReminderTick(db, chicago("18:00"));
    await runReminderTick(db, chicago("18:05"));
    await runReminderTick(db, chicago("23:55"));
    for (const partner of partners) {
      const rows = await deliveriesFor(partner.id);
      expect(rows.map((row) => row.idempotencyKey)).toEqual([`reminder:${partner.id}:${DAY}`]);
    }

    const sent = (await deliverQueuedEmail(db, chicago("18:06"))).filter((email) => partners.some((partner) => partner.email === email.to));
    expect(sent).toHaveLength(2);
    expect(sent[0]!.subject).toBe("A reminder from Trellis");
    expect(sent[0]!.text).toContain("You have a task waiting for you today.");
  });

  it("uses each partner's own time zone and preferred time", async () => {
    const { db } = handle;
    const { couple, counselor, partners } = await createActiveCouple(db, { timeZone: "America/Chicago" });
    // The second partner lives in Tokyo and wants reminders at 07:00 their time.
    await setPreferences(db, partners[1].id, { timeZone: "Asia/Tokyo", reminderMinute: 7 * 60 });
    const tokyoDay = addDays(DAY, 1);
    await assignDueOn(db, { coupleId: couple.id, counselor, partners: [partners[0]], dueOn: DAY });
    await assignDueOn(db, { coupleId: couple.id, counselor, partners: [partners[1]], dueOn: tokyoDay });

    // 07:00 in Tokyo on the 11th is 17:00 in Chicago (daylight time) on the 10th.
    await runReminderTick(db, instantIn(tokyoDay, "06:59", "Asia/Tokyo"));
    expect(await deliveriesFor(partners[1].id)).toHaveLength(0);
    await runReminderTick(db, instantIn(tokyoDay, "07:00", "Asia/Tokyo"));
    expect((await deliveriesFor(partners[1].id)).map((row) => row.idempotencyKey)).toEqual([`reminder:${partners[1].id}:${tokyoDay}`]);
    expect(await deliveriesFor(partners[0].id)).toHaveLength(0);
    await runReminderTick(db, chicago("18:00"));
    expect(await deliveriesFor(partners[0].id)).toHaveLength(1);
  });

  it("waits out quiet hours the same day, and sends nothing when they cover the rest of the day", async () => {
    const { db } = handle;
    const { couple, counselor, partners } = await createActiveCouple(db, { timeZone: "America/Chicago" });
    const [early, late] = partners;
    // Early wants 06:30, but is quiet from 22:00 to 07:00: the reminder waits for 07:00.
    await setPreferences(db, early.id, { reminderMinute: 6 * 60 + 30, quietStartMinute: 22 * 60, quietEndMinute: 7 * 60 });
    // Late wants 21:30, inside quiet hours 21:00–07:00 that last past midnight: nothing today.
    await setPreferences(db, late.id, { reminderMinute: 21 * 60 + 30, quietStartMinute: 21 * 60, quietEndMinute: 7 * 60 });
    await assignDueOn(db, { coupleId: couple.id, counselor, partners, dueOn: DAY });

    await runReminderTick(db, chicago("06:30"));
    await runReminderTick(db, chicago("06:55"));
    expect(await deliveriesFor(early.id)).toHaveLength(0);
    await runReminderTick(db, chicago("07:00"));
    expect(await deliveriesFor(early.id)).toHaveLength(1);

    for (const time of ["21:30", "22:00", "23:59"]) await runReminderTick(db, chicago(time));
    expect(await deliveriesFor(late.id)).toHaveLength(0);
  });

  it("sends nothing once the task is started, submitted or skipped, or when reminders are off", async () => {
    const { db } = handle;
    const { couple, counselor, partners } = await createActiveCouple(db, { timeZone: "America/Chicago" });
    const { tasks: [started, submitted] } = await assignDueOn(db, { coupleId: couple.id, counselor, partners, dueOn: DAY });
    await db.update(tasks).set({ status: "in_progress" }).where(eq(tasks.id, started!.id));
    await db.update(tasks).set({ status: "submitted", submittedAt: chicago("12:00") }).where(eq(tasks.id, submitted!.id));
    await runReminderTick(db, chicago("18:30"));
    expect(await deliveriesFor(partners[0].id)).toHaveLength(0);
    expect(await deliveriesFor(partners[1].id)).toHaveLength(0);

    const other = await createActiveCouple(db, { timeZone: "America/Chicago" });
    await setPreferences(db, other.partners[0].id, { emailReminders: false });
    await assignDueOn(db, { coupleId: other.couple.id, counselor: other.counselor, partners: other.partners, dueOn: DAY });
    await runReminderTick(db, chicago("18:30"));
    expect(await deliveriesFor(other.partners[0].id)).toHaveLength(0);
    expect(await deliveriesFor(other.partners[1].id)).toHaveLength(1);
  });

  it("mentions an overdue task once, on the day after it was due, while it can still be done", async () => {
    const { db } = handle;
    const { couple, counselor, partners } = await createActiveCouple(db, { timeZone: "America/Chicago" });
    await assignDueOn(db, { coupleId: couple.id, counselor, partners: [partners[0]], dueOn: DAY });
    await setPreferences(db, partners[0].id, { emailReminders: false });
    await runReminderTick(db, chicago("18:00"));
    await setPreferences(db, partners[0].id, { emailReminders: true });

    const nextDay = addDays(DAY, 1);
    await runReminderTick(db, chicago("18:00", nextDay));
    await runReminderTick(db, chicago("18:00", addDays(DAY, 2)));
    expect((await deliveriesFor(partners[0].id)).map((row) => row.idempotencyKey)).toEqual([`reminder:${partners[0].id}:${nextDay}`]);
    const [email] = (await deliverQueuedEmail(db, chicago("18:01", nextDay))).filter((message) => message.to === partners[0].email);
    expect(email!.text).toContain("Yesterday's task is still open");
  });

  it("discreet mode says nothing about therapy, and no reminder carries the exercise's words", async () => {
    const { db } = handle;
    const { couple, counselor, partners } = await createActiveCouple(db, { timeZone: "America/Chicago" });
    await setPreferences(db, partners[0].id, { discreet: true });
    await assignDueOn(db, { coupleId: couple.id, counselor, partners, dueOn: DAY });
    await runReminderTick(db, chicago("18:00"));
    const sent = (await deliverQueuedEmail(db, chicago("18:01"))).filter((email) => partners.some((partner) => partner.email === email.to));
    const discreet = sent.find((email) => email.to === partners[0].email)!;
    expect(discreet.subject).toBe("A reminder");
    // The link is the install's own address; the words around it must say nothing.
    const words = `${discreet.subject} ${discreet.text}`.replace(/https?:\/\/\S+/g, "");
    expect(words).not.toMatch(/trellis|counsel|therap|task|homework|partner/i);
    for (const email of sent) {
      expect(`${email.subject} ${email.text} ${email.html}`).not.toMatch(/check-in|sample|exercise/i);
      expect(email.text).not.toContain(partners[1].displayName);
      expect(email.text).not.toContain(partners[0].displayName);
    }
  });
});

describe("counselor digest", () => {
  it("goes out once at the digest time on days with sessions, with counts only", async () => {
    const { db } = handle;
    const { couple, counselor, partners } = await createActiveCouple(db, { timeZone: "America/Chicago" });
    await db.insert(sessionRecords).values({ coupleId: couple.id, counselorId: counselor.id, scheduledAt: chicago("15:00"), status: "scheduled" });
    const { tasks: [submitted] } = await assignDueOn(db, { coupleId: couple.id, counselor, partners: [partners[0]], dueOn: addDays(DAY, -1) });
    await db.update(tasks).set({ status: "submitted", submittedAt: chicago("20:00", addDays(DAY, -1)) }).where(eq(tasks.id, submitted!.id));

    await runReminderTick(db, chicago("07:29"));
    expect(await deliveriesFor(counselor.id)).toHaveLength(0);
    await runReminderTick(db, chicago("07:30"));
    await runReminderTick(db, chicago("09:00"));
    expect((await deliveriesFor(counselor.id)).map((row) => row.idempotencyKey)).toEqual([`digest:${counselor.id}:${DAY}`]);
    const [digest] = (await deliverQueuedEmail(db, chicago("07:31"))).filter((email) => email.to === counselor.email);
    expect(digest!.subject).toBe("Your Trellis day");
    expect(digest!.text).toContain("Sessions today: 1.");
    expect(digest!.text).toContain("Homework submitted in the last 24 hours: 1.");
    expect(digest!.text).not.toContain(couple.displayName);

    // No session the next day: no digest.
    await runReminderTick(db, chicago("07:30", addDays(DAY, 1)));
    expect(await deliveriesFor(counselor.id)).toHaveLength(1);
  });
});

describe("idempotency", () => {
  it("planners running at once queue one reminder, and repeated or concurrent flushes send it once", async () => {
    const { db } = handle;
    const { couple, counselor, partners } = await createActiveCouple(db, { timeZone: "Europe/Berlin" });
    await assignDueOn(db, { coupleId: couple.id, counselor, partners: [partners[0]], dueOn: DAY });
    const at = instantIn(DAY, "18:00", "Europe/Berlin");
    await Promise.all([runReminderTick(db, at), runReminderTick(db, at), runReminderTick(db, at)]);
    expect(await deliveriesFor(partners[0].id)).toHaveLength(1);

    const batches = await Promise.all([deliverQueuedEmail(db, at), deliverQueuedEmail(db, at)]);
    const again = await deliverQueuedEmail(db, at);
    const toPartner = [...batches.flat(), ...again].filter((email) => email.to === partners[0].email);
    expect(toPartner).toHaveLength(1);
    const [row] = await deliveriesFor(partners[0].id);
    expect(row!.status).toBe("sent");
    // The sealed address and link are erased once sent.
    expect(row!.payload).toBeNull();
  });
});
