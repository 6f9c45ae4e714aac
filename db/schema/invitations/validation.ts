import { createSelectSchema } from "drizzle-zod";
import { invitations } from "./table";

/** An invitation as staff may see it: never the token hash. */
export const ZInvitation = createSelectSchema(invitations).omit({ tokenHash: true });
