import { describe, expect, it } from "vitest";
import { findNotificationPreferences } from "@/db/queries/notification-preferences";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createCouple, createPractice, createUser } from "../../support/factories";

const VALID = { emailReminders: true, reminderTime: "19:30", quietHours: true, quietStart: "22:00", quietEnd: "07:00", discreet: true, timeZone: "" };

describe("reminder preferences", () => {
  const test = useTestDatabase();

  it("start from the defaults: partners at 18:00 in the couple's zone, counselors at 07:30 in the practice's", async () => {
    const practice = await createPractice(test.db, { timeZone: "Europe/London" });
    const counselor = await createUser(test.db, { practiceId: practice.id, role: "counselor" });
    const { partners } = await createCouple(test.db, { counselor, timeZone: "America/Denver" });

    const partnerView = await callerAs(test.db, partners[0]).reminders.preferences();
    expect(partnerView).toEqual({
      values: { emailReminders: true, reminderTime: "18:00", quietHours: false, quietStart: "21:00", quietEnd: "08:00", discreet: false, timeZone: "" },
      defaultTimeZone: "America/Denver",
    });
    const counselorView = await callerAs(test.db, counselor).reminders.preferences();
    expect(counselorView.values.reminderTime).toBe("07:30");
    expect(counselorView.defaultTimeZone).toBe("Europe/London");
  });

  it("are saved as minutes, per person, and read back", async () => {
    const practice = await createPractice(test.db);
    const counselor = await createUser(test.db, { practiceId: practice.id, role: "counselor" });
    const { partners } = await createCouple(test.db, { counselor });
    const saved = await callerAs(test.db, partners[0]).reminders.savePreferences({ ...VALID, timeZone: "Asia/Tokyo" });
    expect(saved.values).toEqual({ ...VALID, timeZone: "Asia/Tokyo" });
    expect(await findNotificationPreferences(test.db, partners[0].id)).toMatchObject({ reminderMinute: 19 * 60 + 30, quietStartMinute: 22 * 60, quietEndMinute: 7 * 60, discreet: true, timeZone: "Asia/Tokyo" });
    // The other partner's settings are their own.
    expect((await callerAs(test.db, partners[1]).reminders.preferences()).values.discreet).toBe(false);

    await callerAs(test.db, partners[0]).reminders.savePreferences({ ...VALID, quietHours: false });
    expect(await findNotificationPreferences(test.db, partners[0].id)).toMatchObject({ quietStartMinute: null, quietEndMinute: null, timeZone: null });
  });

  it("refuse bad input with a specific message and change nothing", async () => {
    const practice = await createPractice(test.db);
    const counselor = await createUser(test.db, { practiceId: practice.id, role: "counselor" });
    const caller = callerAs(test.db, counselor);
    await expect(caller.reminders.savePreferences({ ...VALID, quietStart: "22:00", quietEnd: "22:00" })).rejects.toThrow(/different start and end/);
    await expect(caller.reminders.savePreferences({ ...VALID, reminderTime: "25:00" })).rejects.toThrow(/time such as 18:00/);
    await expect(caller.reminders.savePreferences({ ...VALID, timeZone: "Mars/Olympus" })).rejects.toThrow(/time zone from the list/);
    expect(await findNotificationPreferences(test.db, counselor.id)).toBeNull();
  });
});
