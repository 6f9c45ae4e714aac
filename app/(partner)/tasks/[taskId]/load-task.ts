import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ZTaskId } from "@/db/schema/responses/validation";
import { loadForPage } from "@/server/api/request-context";

/** One read per request, shared by the page and its title. A malformed id is as unknown as someone else's task. */
export const loadTask = cache(async (taskId: string) => {
  if (!ZTaskId.safeParse(taskId).success) notFound();
  return loadForPage((caller) => caller.task.get({ taskId }));
});
