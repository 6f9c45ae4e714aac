import { createSelectSchema } from "drizzle-zod";
import { practices } from "./table";

export const ZPractice = createSelectSchema(practices);
