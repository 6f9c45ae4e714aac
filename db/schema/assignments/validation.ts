import { createSelectSchema } from "drizzle-zod";
import { assignments, tasks } from "./table";

export const ZAssignment = createSelectSchema(assignments);
export const ZTask = createSelectSchema(tasks);
