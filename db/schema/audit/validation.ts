import { createSelectSchema } from "drizzle-zod";
import * as z from "zod";
import { auditEvents } from "./table";

export const ZAuditEvent = createSelectSchema(auditEvents);

const ZOptionalUuid = z.preprocess((value) => (value === "" ? undefined : value), z.uuid("Choose from the list").optional());
const ZOptionalDate = z.preprocess((value) => (value === "" ? undefined : value), z.iso.date("Enter a date").optional());

/** Filters of the access log; the admin's form (GET parameters) and the procedure share it. */
export const ZAuditFilterInput = z
  .object({
    actorId: ZOptionalUuid,
    coupleId: ZOptionalUuid,
    action: z.preprocess((value) => (value === "" ? undefined : value), z.string().trim().max(60).regex(/^[a-z_.]+$/, "Actions are words like answers.read").optional()),
    outcome: z.preprocess((value) => (value === "" ? undefined : value), z.enum(["success", "denied", "failure"]).optional()),
    from: ZOptionalDate,
    to: ZOptionalDate,
    before: z.coerce.number().int().positive().optional(),
  })
  .strict();

export const ZCoupleAuditInput = z.object({ coupleId: z.uuid("Unknown couple"), before: z.coerce.number().int().positive().optional() }).strict();
