import Bowser from "bowser";
import { findSessionActivity, listOpenSessions, revokeUserSession } from "@/db/queries/users";
import { idleLimitSeconds } from "../../auth/activity";
import { NotFoundError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";

export interface ActiveSession {
  id: string;
  current: boolean;
  /** "Firefox on Android": enough to recognise a device, nothing more. */
  device: string;
  ipAddress: string | null;
  signedInAt: Date;
  lastActiveAt: Date;
}

function describeDevice(userAgent: string | null): string {
  if (!userAgent) return "Unknown device";
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name;
  const os = parsed.os.name;
  if (browser && os) return `${browser} on ${os}`;
  return browser ?? os ?? "Unknown device";
}

/** The caller's own open sign-ins, so someone who fears a partner has their password can see and end them. */
export async function listActiveSessions(ctx: ServiceContext, currentSessionId: string): Promise<ActiveSession[]> {
  const rows = await listOpenSessions(ctx.db, ctx.viewer.userId);
  return rows.map((row) => ({
    id: row.id,
    current: row.id === currentSessionId,
    device: describeDevice(row.userAgent),
    ipAddress: row.ipAddress,
    signedInAt: row.createdAt,
    lastActiveAt: row.lastActiveAt,
  }));
}

/** Ends one of the caller's other sign-ins; anyone else's session id is simply not found. */
export async function endOtherSession(ctx: ServiceContext, sessionId: string) {
  await ctx.db.transaction(async (tx) => {
    const ended = await revokeUserSession(tx, ctx.viewer.userId, sessionId, "ended_from_another_device");
    if (!ended) throw new NotFoundError("That sign-in has already ended.");
    await recordAudit(tx, ctx.viewer, ctx.request, { action: "auth.session_ended", entityType: "user_session", entityId: sessionId });
  });
}

/**
 * Seconds until this sign-in lapses for inactivity, by the server's clock, so a tab that
 * sat idle while another tab was in use doesn't warn (or sign out) on its own guess.
 */
export async function idleSecondsLeft(ctx: ServiceContext, sessionId: string, now = new Date()): Promise<number> {
  const lastActiveAt = await findSessionActivity(ctx.db, ctx.viewer.userId, sessionId);
  if (!lastActiveAt) return 0;
  return Math.max(0, Math.floor(idleLimitSeconds(ctx.viewer.role) - (now.getTime() - lastActiveAt.getTime()) / 1000));
}
