// Child process for the lock race test: waits for a shared start time, tries to
// claim the folder, reports the outcome, and holds a won lock briefly.
import { acquireDataFolderLock, DataFolderLockedError } from "@/db/lock";

const [folder, startAt] = process.argv.slice(2);
while (Date.now() < Number(startAt)) {
  // Spin so that every child tries at the same moment.
}
try {
  acquireDataFolderLock(folder!);
  process.stdout.write("acquired\n");
  setTimeout(() => process.exit(0), 1500);
} catch (error) {
  process.stdout.write(error instanceof DataFolderLockedError ? "refused\n" : `error ${String(error)}\n`);
  process.exit(0);
}
