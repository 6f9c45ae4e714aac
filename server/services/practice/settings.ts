import type { z } from "zod";
import { findPracticeSettings, updatePracticeSettings } from "@/db/queries/practice";
import type { ZPracticeSettingsInput } from "@/db/schema/practices/validation";
import type { AdminViewer } from "../../auth/viewer";
import { NotFoundError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";

/** The practice's name and default time zone, for the admin's Practice settings page. */
export async function getPracticeSettings(ctx: ServiceContext<AdminViewer>) {
  const settings = await findPracticeSettings(ctx.db, ctx.viewer.practiceId);
  if (!settings) throw new NotFoundError();
  return { name: settings.name, timeZone: settings.timeZone };
}

/** Saves the name and default zone; existing couples keep their own zone. */
export async function savePracticeSettings(ctx: ServiceContext<AdminViewer>, input: z.output<typeof ZPracticeSettingsInput>) {
  await ctx.db.transaction(async (tx) => {
    const before = await findPracticeSettings(tx, ctx.viewer.practiceId);
    if (!before) throw new NotFoundError();
    await updatePracticeSettings(tx, ctx.viewer.practiceId, input);
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: "practice.settings.update",
      entityType: "practice",
      entityId: ctx.viewer.practiceId,
      details: { nameChanged: before.name !== input.name, timeZoneFrom: before.timeZone, timeZoneTo: input.timeZone },
    });
  });
  return { saved: true as const };
}
