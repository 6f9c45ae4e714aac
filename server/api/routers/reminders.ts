import { TRPCError } from "@trpc/server";
import { ZReminderPreferencesInput } from "@/db/schema/notifications/validation";
import type { CounselorViewer, PartnerViewer, Viewer } from "../../auth/viewer";
import { getReminderPreferences, saveReminderPreferences } from "../../services/account/reminder-preferences";
import { authedProcedure, createRouter } from "../trpc";

/** Partners get task reminders and counselors a digest; admins have neither (the policy refuses them first). */
function reminderViewer(viewer: Viewer): PartnerViewer | CounselorViewer {
  if (viewer.role === "admin") throw new TRPCError({ code: "FORBIDDEN", message: "Your account can't do that." });
  return viewer;
}

export const remindersRouter = createRouter({
  preferences: authedProcedure
    .meta({ policy: "reminders.preferences" })
    .query(({ ctx }) => getReminderPreferences({ ...ctx, viewer: reminderViewer(ctx.viewer) })),

  savePreferences: authedProcedure
    .meta({ policy: "reminders.savePreferences" })
    .input(ZReminderPreferencesInput)
    .mutation(({ ctx, input }) => saveReminderPreferences({ ...ctx, viewer: reminderViewer(ctx.viewer) }, input)),
});
