import { createSelectSchema } from "drizzle-zod";
import { auditEvents } from "./table";

export const ZAuditEvent = createSelectSchema(auditEvents);
