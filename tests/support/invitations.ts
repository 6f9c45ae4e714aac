import type { Database } from "@/db/client";
import { invitations } from "@/db/schema";
import { newLinkToken } from "@/server/auth/link-tokens";
import type { TestUser } from "./factories";

/** A live invitation for an account, written directly; answers the token its link carries. */
export async function createInvitation(
  db: Database,
  options: { user: Pick<TestUser, "id" | "practiceId" | "role" | "email">; invitedBy: Pick<TestUser, "id">; coupleId?: string | null; expiresAt?: Date },
): Promise<{ id: string; token: string }> {
  const { token, tokenHash } = newLinkToken();
  const [row] = await db
    .insert(invitations)
    .values({
      practiceId: options.user.practiceId,
      userId: options.user.id,
      coupleId: options.coupleId ?? null,
      role: options.user.role,
      email: options.user.email,
      tokenHash,
      invitedById: options.invitedBy.id,
      expiresAt: options.expiresAt ?? new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
    })
    .returning({ id: invitations.id });
  return { id: row!.id, token };
}
