import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataFolderLock, DataFolderLockedError } from "@/db/lock";

const children: ChildProcess[] = [];
afterEach(() => children.splice(0).forEach((child) => child.kill()));

function freshFolder() {
  return join(mkdtempSync(join(tmpdir(), "trellis-lock-")), "pglite");
}

function writeLock(folder: string, pid: number) {
  writeFileSync(`${folder}.lock`, JSON.stringify({ pid, hostname: hostname(), startedAt: "2026-01-01T00:00:00.000Z" }));
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
    const gone = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => gone.on("exit", resolve));
    writeLock(folder, gone.pid!);
    const release = acquireDataFolderLock(folder);
    expect(JSON.parse(readFileSync(`${folder}.lock`, "utf8"))).toMatchObject({ pid: process.pid });
    release();
  });

  it("treats an unreadable lock file as stale", () => {
    const folder = freshFolder();
    writeFileSync(`${folder}.lock`, "{half-written");
    const release = acquireDataFolderLock(folder);
    release();
  });
});
