import "server-only";
import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { activityFromHeaders } from "../auth/activity";
import { getSessionClaims } from "../auth/session";
import { twoFactorStepPath } from "../auth/two-factor-step";
import type { Viewer } from "../auth/viewer";
import { getDatabase } from "../db";
import { requestInfoFromHeaders } from "../request-info";
import { createInnerContext } from "./context";
import { createCaller } from "./root";

/** One context per request for server components: the viewer is resolved once and shared. */
const getRequestContext = cache(async () => {
  // headers() first: while `next build` prerenders, it stops here and marks the page
  // dynamic before anything opens the database.
  const requestHeaders = await headers();
  const session = await getSessionClaims();
  return createInnerContext({ db: await getDatabase(), session, request: requestInfoFromHeaders(requestHeaders, randomUUID()), activity: activityFromHeaders(requestHeaders) });
});

/** The checked viewer for layouts and pages, or null when signed out or revoked. */
export const getCurrentViewer = cache(async (): Promise<Viewer | null> => (await getRequestContext()).getViewer());

/** The same router the browser calls, invoked in-process so every policy and scope check applies. */
const getServerCaller = cache(async () => createCaller(await getRequestContext()));

/**
 * Loads a page's data through the router. Anything out of the caller's reach becomes
 * the not-found page (never a hint that it exists); a lapsed session goes to sign-in.
 */
export async function loadForPage<T>(load: (caller: Awaited<ReturnType<typeof getServerCaller>>) => Promise<T>): Promise<T> {
  try {
    return await load(await getServerCaller());
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN") notFound();
      if (error.code === "UNAUTHORIZED") {
        // A sign-in still at two-step verification goes back to that step (layouts do this first too).
        sendToTwoFactorStep(await getCurrentViewer());
        redirect("/login");
      }
    }
    throw error;
  }
}

/**
 * For a route group's layout: the viewer if they hold `role`. Signed-out visitors go
 * to sign-in; anyone else sees the not-found page, exactly as for a page that does
 * not exist. The data layer checks again on every call; this only shapes the page.
 */
export async function requirePageViewer<R extends Viewer["role"]>(role: R): Promise<Extract<Viewer, { role: R }>> {
  const viewer = await getCurrentViewer();
  if (!viewer) redirect("/login");
  if (viewer.role !== role) notFound();
  sendToTwoFactorStep(viewer);
  return viewer as Extract<Viewer, { role: R }>;
}

/** For pages every role shares (the account area): any signed-in person past two-step verification. */
export async function requireAnyPageViewer(): Promise<Viewer> {
  const viewer = await getCurrentViewer();
  if (!viewer) redirect("/login");
  sendToTwoFactorStep(viewer);
  return viewer;
}

function sendToTwoFactorStep(viewer: Viewer | null) {
  const step = viewer ? twoFactorStepPath({ enrolled: viewer.mfaEnrolled, satisfied: viewer.mfaSatisfied }) : null;
  if (step) redirect(step);
}
