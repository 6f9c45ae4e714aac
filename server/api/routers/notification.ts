import { ZMarkNotificationReadInput } from "@/db/schema/notifications/validation";
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  unreadNotificationCount,
} from "../../services/notifications/list-notifications";
import { authedProcedure, createRouter } from "../trpc";

/** The caller's own in-app notifications (counselors and partners; the policies keep admins out). */
export const notificationRouter = createRouter({
  list: authedProcedure.meta({ policy: "notification.list" }).query(({ ctx }) => listNotifications(ctx)),
  /** Polled in the background by the header's bell: it never counts as the person being there. */
  unreadCount: authedProcedure.meta({ policy: "notification.unreadCount" }).query(({ ctx }) => unreadNotificationCount(ctx)),
  markRead: authedProcedure
    .meta({ policy: "notification.markRead" })
    .input(ZMarkNotificationReadInput)
    .mutation(({ ctx, input }) => markNotificationRead(ctx, input.notificationId)),
  markAllRead: authedProcedure.meta({ policy: "notification.markAllRead" }).mutation(({ ctx }) => markAllNotificationsRead(ctx)),
});
