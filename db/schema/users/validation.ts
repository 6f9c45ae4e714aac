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
