import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
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
        `Another Trellis process (pid ${holder.pid}, started ${holder.startedAt}) is already using the embedded database in ${dataDir}.`,
        "Two processes on one embedded database folder would corrupt it, so this one will not start.",
        "Stop the other process first, or point PGLITE_DIR at a different folder.",
        `If you are sure no other Trellis process is running, delete ${lockFile} and try again.`,
      ].join("\n"),
    );
    this.name = "DataFolderLockedError";
  }
}

interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
}

/**
 * Claims the embedded-database folder for this process with an exclusive lock file
 * beside it, and returns a function that releases it. A lock left by a process that
 * no longer exists on this host is taken over.
 */
export function acquireDataFolderLock(dataDir: string): () => void {
  const folder = resolve(dataDir);
  const lockFile = `${folder}.lock`;
  mkdirSync(dirname(lockFile), { recursive: true });
  const me: LockHolder = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, "wx", 0o600);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return registerRelease(lockFile);
    } catch (error) {
      if (!isErrno(error, "EEXIST")) throw error;
    }
    const holder = readHolder(lockFile);
    if (holder && holder.pid === process.pid && holder.hostname === me.hostname) {
      return registerRelease(lockFile);
    }
    if (holder && isAlive(holder)) throw new DataFolderLockedError(folder, lockFile, holder);
    unlinkQuietly(lockFile);
  }
  throw new Error(`Could not claim the embedded database lock ${lockFile}; another process keeps taking it.`);
}

function registerRelease(lockFile: string): () => void {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener("exit", release);
    const holder = readHolder(lockFile);
    if (holder?.pid === process.pid) unlinkQuietly(lockFile);
  };
  process.on("exit", release);
  return release;
}

function readHolder(lockFile: string): LockHolder | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(lockFile, "utf8"));
    if (
      parsed &&
      typeof parsed === "object" &&
      "pid" in parsed &&
      typeof parsed.pid === "number" &&
      "hostname" in parsed &&
      typeof parsed.hostname === "string" &&
      "startedAt" in parsed &&
      typeof parsed.startedAt === "string"
    ) {
      return { pid: parsed.pid, hostname: parsed.hostname, startedAt: parsed.startedAt };
    }
  } catch {
    // Unreadable or half-written: treated as stale below.
  }
  return undefined;
}

function isAlive(holder: LockHolder): boolean {
  // A pid on another host cannot be checked; assume it is alive rather than risk corruption.
  if (holder.hostname !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return isErrno(error, "EPERM");
  }
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
