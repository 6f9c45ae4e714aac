import type { z } from "zod";
import { findCaseloadCouple } from "@/db/queries/couples";
import { insertSession } from "@/db/queries/sessions";
import type { ZScheduleSessionInput } from "@/db/schema/sessions/validation";
import type { CounselorViewer } from "../../auth/viewer";
import { NotFoundError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { instantIn, sessionRefOf } from "./session-ref";
import { requireWritableCouple } from "../couples/require-writable";

/** Adds a session for a couple on the caller's caseload, at a time in the couple's zone. */
export async function scheduleSession(ctx: ServiceContext<CounselorViewer>, input: z.output<typeof ZScheduleSessionInput>) {
  const couple = await findCaseloadCouple(ctx.db, { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId }, input.coupleId);
  if (!couple) throw new NotFoundError("We couldn't find that couple on your caseload.");
  await requireWritableCouple(ctx.db, couple.id);
  return ctx.db.transaction(async (tx) => {
    const row = await insertSession(tx, {
      coupleId: couple.id,
      counselorId: ctx.viewer.userId,
      scheduledAt: instantIn(input.date, input.time, couple.timeZone),
      durationMinutes: input.durationMinutes,
    });
    await recordAudit(tx, ctx.viewer, ctx.request, { action: "session.schedule", entityType: "session", entityId: row.id, coupleId: couple.id });
    return sessionRefOf(row);
  });
}
