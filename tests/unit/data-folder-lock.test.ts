import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataFolderLock, DataFolderLockedError, replaceStaleLock, type LockHolder } from "@/db/lock";

const children: ChildProcess[] = [];
afterEach(() => children.splice(0).forEach((child) => child.kill()));

function freshFolder() {
  return join(mkdtempSync(join(tmpdir(), "trellis-lock-")), "pglite");
}

function writeLock(folder: string, pid: number) {
  writeFileSync(`${folder}.lock`, JSON.stringify({ pid, hostname: hostname(), startedAt: "2026-01-01T00:00:00.000Z", token: "left-behind" }));
}

async function deadPid(): Promise<number> {
  const gone = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => gone.on("exit", resolve));
  return gone.pid!;
}

/**
 * Starts `count` processes that all try to claim `folder` at the same instant and returns
 * their outcomes. A winner keeps its lock until every contender has answered.
 */
async function race(folder: string, count: number): Promise<string[]> {
  const startAt = String(Date.now() + 1500);
  const contenders = Array.from({ length: count }, () => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/processes/hold-lock.ts", folder, startAt]);
    children.push(child);
    const exited = new Promise((resolve) => child.on("exit", resolve));
    const answered = new Promise<string>((resolve) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("\n")) resolve(out.trim());
      });
      child.on("exit", () => resolve(out.trim()));
    });
    return { answered, exited };
  });
  const outcomes = await Promise.all(contenders.map((contender) => contender.answered));
  writeFileSync(`${folder}.release`, "");
  await Promise.all(contenders.map((contender) => contender.exited));
  return outcomes.sort();
}

describe("embedded database folder lock", () => {
  it("claims a free folder and releases it", () => {
    const folder = freshFolder();
    const release = acquireDataFolderLock(folder);
    expect(JSON.parse(readFileSync(`${folder}.lock`, "utf8"))).toMatchObject({ pid: process.pid });
    release();
    expect(existsSync(`${folder}.lock`)).toBe(false);
  });

  it("refuses, with instructions, while another live process holds the folder", () => {
    const folder = freshFolder();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"]);
    children.push(other);
    writeLock(folder, other.pid!);
    expect(() => acquireDataFolderLock(folder)).toThrowError(DataFolderLockedError);
    expect(() => acquireDataFolderLock(folder)).toThrowError(/Stop the other process first, or point PGLITE_DIR/);
    expect(JSON.parse(readFileSync(`${folder}.lock`, "utf8"))).toMatchObject({ pid: other.pid });
  });

  it("takes over a lock left behind by a process that has exited", async () => {
    const folder = freshFolder();
    writeLock(folder, await deadPid());
    const release = acquireDataFolderLock(folder);
    expect(JSON.parse(readFileSync(`${folder}.lock`, "utf8"))).toMatchObject({ pid: process.pid });
    release();
  });

  it("treats a damaged lock file (locks are always written whole) as stale", () => {
    const folder = freshFolder();
    writeFileSync(`${folder}.lock`, "{half-written");
    const release = acquireDataFolderLock(folder);
    release();
  });

  it("lets exactly one of many processes starting together win a free folder", { timeout: 60_000 }, async () => {
    for (let round = 0; round < 3; round++) {
      const outcomes = await race(freshFolder(), 8);
      expect(outcomes).toEqual(["acquired", ...Array<string>(7).fill("refused")]);
    }
  });

  it("lets exactly one of many processes take over a stale lock", { timeout: 60_000 }, async () => {
    for (let round = 0; round < 3; round++) {
      const folder = freshFolder();
      writeLock(folder, await deadPid());
      const outcomes = await race(folder, 8);
      expect(outcomes).toEqual(["acquired", ...Array<string>(7).fill("refused")]);
    }
  });

  it("never deletes a lock that another process put in place after the stale one was seen", () => {
    const folder = freshFolder();
    const lockFile = `${folder}.lock`;
    const stale: LockHolder = { pid: 1, hostname: hostname(), startedAt: "2026-01-01T00:00:00.000Z", token: "stale" };
    const winner: LockHolder = { pid: process.ppid, hostname: hostname(), startedAt: "2026-01-02T00:00:00.000Z", token: "winner" };
    const late: LockHolder = { pid: process.pid, hostname: hostname(), startedAt: "2026-01-03T00:00:00.000Z", token: "late" };

    // B read the stale lock; meanwhile A replaced it. B's takeover must change nothing.
    writeFileSync(lockFile, JSON.stringify(winner));
    expect(replaceStaleLock(lockFile, stale, late)).toBe(false);
    expect(JSON.parse(readFileSync(lockFile, "utf8"))).toMatchObject({ token: "winner" });

    // While the lock is still the stale one that was seen, the takeover goes through.
    writeFileSync(lockFile, JSON.stringify(stale));
    expect(replaceStaleLock(lockFile, stale, late)).toBe(true);
    expect(JSON.parse(readFileSync(lockFile, "utf8"))).toMatchObject({ token: "late" });
    expect(existsSync(`${lockFile}.takeover`)).toBe(false);
  });
});
