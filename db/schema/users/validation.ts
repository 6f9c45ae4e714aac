import * as z from "zod";
import { createSelectSchema } from "drizzle-zod";
import { users } from "./table";

export { ZDisplayName, ZEmail } from "../_shared/fields";

/** What a client may ever learn about an account: never the hash, never the session version. */
export const ZPublicUser = createSelectSchema(users).pick({
  id: true,
  role: true,
  email: true,
  displayName: true,
});

/** Ending one of your own sign-ins from the account page. */
export const ZEndSessionInput = z.object({ sessionId: z.uuid("Unknown sign-in") }).strict();
