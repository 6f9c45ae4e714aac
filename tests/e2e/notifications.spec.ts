import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { ACTIVITY_HEADER } from "@/server/auth/activity-header";
import { demo, assignDueToday, signedIn, trpc } from "./support";

const bellName = (unread: number) => (unread > 0 ? `Notifications, ${unread} unread` : "Notifications");

test("a partner sees new homework on the bell and in the list, and opening it marks it read", async ({ browser }) => {
  const couple = demo.mayaSecondCouple;
  const partner = await signedIn(browser, couple.partners[0].email);
  const before = (await trpc<{ unread: number }>(partner.request, "notification.unreadCount", undefined, "query")).unread;

  const maya = await signedIn(browser, demo.maya.email);
  // Counselors have the bell too; admins, who have no notifications, don't.
  await expect(maya.getByRole("link", { name: /^Notifications/ })).toBeVisible();
  const title = `Notified check-in ${randomUUID().slice(0, 8)}`;
  await assignDueToday(maya, couple.displayName, {
    title,
    summary: "A short check-in.",
    phase: "p1",
    audience: "each",
    sections: [{ key: "main", title: "Today", fields: [{ key: "note", type: "short_text", label: "One word for today", visibility: "shared" }] }],
  });

  // The bell asks in the background: its polling never counts as the partner being there.
  const poll = partner.waitForRequest((request) => request.url().includes("/api/trpc/notification.unreadCount"));
  await partner.goto("/today");
  expect((await poll).headers()[ACTIVITY_HEADER]).toBe("background");
  const bell = partner.getByRole("link", { name: bellName(before + 1) });
  await expect(bell).toBeVisible();

  await bell.click();
  await expect(partner.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const item = partner.getByRole("link", { name: /New: Your counselor assigned new homework/ }).first();
  await expect(item).toBeVisible();
  await item.click();
  await expect(partner).toHaveURL(/\/today$/);
  await expect(partner.getByRole("link", { name: bellName(before) })).toBeVisible();

  const admin = await signedIn(browser, demo.admin.email);
  await expect(admin.getByRole("link", { name: /^Notifications/ })).toHaveCount(0);
  for (const page of [partner, maya, admin]) await page.context().close();
});
