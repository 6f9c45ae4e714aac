import { createSelectSchema } from "drizzle-zod";
import { sessionRecords } from "./table";

export const ZSessionRecord = createSelectSchema(sessionRecords);
