import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { env } from "../env.js";

let cached: string | undefined;

/**
 * The key that signs session tokens. NEXTAUTH_SECRET when set (required in production
 * with PostgreSQL, where several instances must agree). Otherwise a random secret is
 * generated once and kept next to the embedded database, so `npm start` works on a
 * fresh clone without publishing a default secret.
 */
export function getAuthSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  cached ??= readOrCreateLocalSecret(join(dirname(resolve(env.PGLITE_DIR)), "auth-secret"));
  return cached;
}

function readOrCreateLocalSecret(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(dirname(file), { recursive: true });
    // Written whole to a temp file, then linked into place: a concurrent reader sees
    // either no file or the complete secret, and a second writer loses to the first.
    const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    writeFileSync(temp, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    try {
      linkSync(temp, file);
    } catch {
      // Another process created it first; use theirs.
    } finally {
      unlinkSync(temp);
    }
    return readFileSync(file, "utf8").trim();
  }
}
