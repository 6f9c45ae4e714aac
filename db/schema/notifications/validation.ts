import { z } from "zod";

/** Marking one of your own notifications read (opening it does this). */
export const ZMarkNotificationReadInput = z.object({ notificationId: z.uuid("Unknown notification") }).strict();
