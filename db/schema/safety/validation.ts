import * as z from "zod";
import { createSelectSchema } from "drizzle-zod";
import { flags, safetyConcerns } from "./table";

export const ZFlag = createSelectSchema(flags);
export const ZSafetyConcern = createSelectSchema(safetyConcerns);

export const ZAcknowledgeFlagInput = z
  .object({
    flagId: z.uuid("We couldn't find that flag."),
    /** What the counselor did about it: recorded with the flag, counselor-only like the flag itself. */
    actionTaken: z.string().trim().min(1, "Say briefly what you did, e.g. “Called Grace; safety plan reviewed”").max(2000, "Keep this to 2,000 characters"),
  })
  .strict();

export const ZOpenConcernInput = z
  .object({
    coupleId: z.uuid("Unknown couple"),
    kind: z.enum(["violence", "coercive_control"], { error: "Choose violence or coercive control" }),
  })
  .strict();

export const ZCloseConcernInput = z.object({ concernId: z.uuid("We couldn't find that concern.") }).strict();
