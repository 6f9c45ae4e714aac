import { encode } from "next-auth/jwt";
import type { Pool } from "pg";

export interface BenchUser {
  id: string;
  role: "partner" | "counselor" | "admin";
  sessionVersion: number;
}

const COOKIE = "next-auth.session-token";

/**
 * A signed-in browser for `user`, made the way a sign-in makes one: an open
 * user_sessions row (second factor already passed, for staff) and the session JWT that
 * points at it, signed with the server's NEXTAUTH_SECRET. Signing in through the form
 * would measure Argon2 a few hundred times before the benchmark starts and nothing else.
 */
export interface SignedIn {
  cookie: string;
  sessionId: string;
}

export async function signIn(pool: Pool, secret: string, users: BenchUser[]): Promise<Map<string, SignedIn>> {
  const cookies = new Map<string, SignedIn>();
  if (users.length === 0) return cookies;
  const { rows } = await pool.query<{ id: string; user_id: string }>(
    `INSERT INTO user_sessions (user_id, user_agent, mfa_verified_at)
     SELECT u, 'trellis-bench', CASE WHEN r = 'partner' THEN NULL ELSE now() END
     FROM unnest($1::uuid[], $2::text[]) AS t(u, r)
     RETURNING id, user_id`,
    [users.map((user) => user.id), users.map((user) => user.role)],
  );
  const byUser = new Map(users.map((user) => [user.id, user]));
  const authTime = Math.floor(Date.now() / 1000);
  for (const row of rows) {
    const user = byUser.get(row.user_id)!;
    const token = await encode({
      secret,
      maxAge: 12 * 60 * 60,
      token: { sub: user.id, uid: user.id, sid: row.id, role: user.role, sv: user.sessionVersion, authTime },
    });
    cookies.set(user.id, { cookie: `${COOKIE}=${token}`, sessionId: row.id });
  }
  return cookies;
}

/** Ends the benchmark's sign-ins so they don't linger as open sessions of real-looking accounts. */
export async function signOutAll(pool: Pool): Promise<void> {
  await pool.query(`UPDATE user_sessions SET revoked_at = now(), revoked_reason = 'signed_out' WHERE user_agent = 'trellis-bench' AND revoked_at IS NULL`);
}
