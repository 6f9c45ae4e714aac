import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listOutboxMessages, readOutboxMessage } from "@/server/mail/outbox";
import { renderEmail } from "@/server/mail/templates";
import { outboxSender } from "@/server/mail/transport";

describe("the local outbox", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "trellis-outbox-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps the message nodemailer built, newest first, and opens only names it wrote", async () => {
    const send = outboxSender(dir);
    const reset = renderEmail({ template: "password_reset", params: { path: "/reset-password/abc", validMinutes: 30 } }, "https://trellis.test");
    await send({ to: "first@example.test", ...reset }, new Date("2026-03-01T10:00:00Z"));
    await send({ to: "second@example.test", ...reset }, new Date("2026-03-01T10:05:00Z"));

    const messages = await listOutboxMessages(dir);
    expect(messages.map((message) => message.to)).toEqual(["second@example.test", "first@example.test"]);
    expect(messages[0]).toMatchObject({ subject: "Reset your Trellis password", sentAt: "2026-03-01T10:05:00.000Z" });
    expect(messages[0]!.text).toContain("https://trellis.test/reset-password/abc");
    expect(await readOutboxMessage(dir, messages[1]!.id)).toEqual(messages[1]);

    // Ids come from URLs: anything but a name the outbox writes is refused, never read.
    expect(await readOutboxMessage(dir, "../../etc/passwd")).toBeNull();
    expect(await readOutboxMessage(dir, `${messages[0]!.id}/../x`)).toBeNull();
    expect((await readdir(dir)).length).toBe(2);
  });

  it("lists nothing for a folder that doesn't exist yet", async () => {
    expect(await listOutboxMessages(join(dir, "missing"))).toEqual([]);
  });
});

describe("email templates", () => {
  it("escape what they put in HTML and keep every message's link absolute", () => {
    const invitation = renderEmail(
      { template: "invitation", params: { path: "/invite/tok", practiceName: "Ana & <Co>", role: "partner", expiresOn: "March 8" } },
      "https://trellis.test/",
    );
    expect(invitation.html).toContain("Ana &#38; &#60;Co&#62;");
    expect(invitation.html).not.toContain("<Co>");
    expect(invitation.text).toContain("https://trellis.test/invite/tok");
    expect(invitation.subject).toBe("Your Trellis invitation");
  });
});
