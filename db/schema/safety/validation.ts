import { createSelectSchema } from "drizzle-zod";
import { flags, safetyConcerns } from "./table";

export const ZFlag = createSelectSchema(flags);
export const ZSafetyConcern = createSelectSchema(safetyConcerns);
