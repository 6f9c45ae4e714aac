import { randomBytes } from "node:crypto";
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, rmdirSync, statSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, resolve } from "node:path";

export class DataFolderLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    holder: LockHolder,
  ) {
    super(
      [
        `Another Trellis process (pid ${holder.pid} on ${holder.hostname}, started ${holder.startedAt}) is already using the embedded database in ${dataDir}.`,
        "Two processes on one embedded database folder would corrupt it, so this one will not start.",
        "Stop the other process first, or point PGLITE_DIR at a different folder.",
        `If you are sure no other Trellis process is running, delete ${lockFile} and try again.`,
      ].join("\n"),
    );
    this.name = "DataFolderLockedError";
  }
}

export interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
  /** Unique per acquisition, so a process can tell its own lock from a replacement. */
  token: string;
}

const ATTEMPTS = 50;
/** A takeover mutex older than this was left by a process that died mid-takeover. */
const ABANDONED_TAKEOVER_MS = 10_000;

/**
 * Claims the embedded-database folder for this process with a lock file beside it and
 * returns a function that releases it. The file is created atomically with its content
 * (hard link from a complete temp file), so no one ever reads a half-written lock. A
 * lock whose process is gone is replaced only inside a mkdir mutex and only if it is
 * still the same stale lock, so two processes can never both win.
 */
export function acquireDataFolderLock(dataDir: string): () => void {
  const folder = resolve(dataDir);
  const lockFile = `${folder}.lock`;
  mkdirSync(dirname(lockFile), { recursive: true });
  const me: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    token: randomBytes(12).toString("hex"),
  };

  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (createLockFile(lockFile, me)) return registerRelease(lockFile, me.token);

    const holder = readHolder(lockFile);
    if (holder === "missing") continue; // released between our attempt and the read
    if (holder !== "corrupt") {
      if (holder.pid === process.pid && holder.hostname === me.hostname) return registerRelease(lockFile, holder.token);
      if (isAlive(holder)) throw new DataFolderLockedError(folder, lockFile, holder);
    }
    if (replaceStaleLock(lockFile, holder, me)) return registerRelease(lockFile, me.token);
    sleep(20 + Math.random() * 40);
  }
  throw new Error(`Could not claim the embedded database lock ${lockFile}; other processes keep contending for it.`);
}

/** Creates the lock file with its full content in one step; false when it already exists. */
function createLockFile(lockFile: string, holder: LockHolder): boolean {
  const temp = `${lockFile}.${holder.token}.${process.pid}.tmp`;
  const fd = openSync(temp, "wx", 0o600);
  try {
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, lockFile);
    return true;
  } catch (error) {
    if (isErrno(error, "EEXIST")) return false;
    throw error;
  } finally {
    unlinkQuietly(temp);
  }
}

/**
 * Replaces the lock `seen` as stale with `me`, unless it has changed since it was seen.
 * Exported for the interleaving test; callers use acquireDataFolderLock.
 */
export function replaceStaleLock(lockFile: string, seen: LockHolder | "corrupt", me: LockHolder): boolean {
  const mutex = `${lockFile}.takeover`;
  try {
    mkdirSync(mutex);
  } catch (error) {
    if (!isErrno(error, "EEXIST")) throw error;
    clearAbandonedMutex(mutex);
    return false;
  }
  try {
    const current = readHolder(lockFile);
    const unchanged = current === "corrupt" ? seen === "corrupt" : current !== "missing" && seen !== "corrupt" && current.token === seen.token;
    if (current !== "missing" && !unchanged) return false; // someone else already replaced it
    unlinkQuietly(lockFile);
    return createLockFile(lockFile, me);
  } finally {
    rmdirSync(mutex);
  }
}

function clearAbandonedMutex(mutex: string) {
  try {
    if (Date.now() - statSync(mutex).mtimeMs > ABANDONED_TAKEOVER_MS) rmdirSync(mutex);
  } catch {
    // Gone already, or another process cleared it.
  }
}

function registerRelease(lockFile: string, token: string): () => void {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener("exit", release);
    const holder = readHolder(lockFile);
    if (typeof holder === "object" && holder.token === token) unlinkQuietly(lockFile);
  };
  process.on("exit", release);
  return release;
}

function readHolder(lockFile: string): LockHolder | "missing" | "corrupt" {
  let text: string;
  try {
    text = readFileSync(lockFile, "utf8");
  } catch (error) {
    if (isErrno(error, "ENOENT")) return "missing";
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (
      typeof parsed.pid === "number" &&
      typeof parsed.hostname === "string" &&
      typeof parsed.startedAt === "string" &&
      typeof parsed.token === "string"
    ) {
      return { pid: parsed.pid, hostname: parsed.hostname, startedAt: parsed.startedAt, token: parsed.token };
    }
  } catch {
    // Locks are written whole, so unparsable content means damage, not a writer in progress.
  }
  return "corrupt";
}

function isAlive(holder: LockHolder): boolean {
  // A process on another host cannot be checked; assume it is alive rather than risk corruption.
  if (holder.hostname !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return isErrno(error, "EPERM");
  }
}

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function unlinkQuietly(file: string) {
  try {
    unlinkSync(file);
  } catch (error) {
    if (!isErrno(error, "ENOENT")) throw error;
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}
