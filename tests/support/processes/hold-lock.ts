// Child process for the lock race test: waits for a shared start time, tries to
// claim the folder, reports the outcome, and holds a won lock until the test has heard
// from every contender (it creates `<folder>.release`), so a contender that started
// late on a busy machine still meets the lock rather than a folder already given back.
import { existsSync } from "node:fs";
import { acquireDataFolderLock, DataFolderLockedError } from "@/db/lock";

const [folder, startAt] = process.argv.slice(2);
while (Date.now() < Number(startAt)) {
  // Spin so that every child tries at the same moment.
}
try {
  acquireDataFolderLock(folder!);
  process.stdout.write("acquired\n");
  const givenUpAt = Date.now() + 60_000;
  const poll = setInterval(() => {
    if (existsSync(`${folder}.release`) || Date.now() > givenUpAt) {
      clearInterval(poll);
      process.exit(0);
    }
  }, 20);
} catch (error) {
  process.stdout.write(error instanceof DataFolderLockedError ? "refused\n" : `error ${String(error)}\n`);
  process.exit(0);
}
