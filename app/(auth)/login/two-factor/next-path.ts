import type { Viewer } from "@/server/auth/viewer";
import { LANDING_PATHS } from "@/server/auth/landing";
import { safeReturnPath } from "@/server/auth/return-path";

/** Where the code step leads: the page the person set out for (same site only), else their start page. */
export function nextPathFor(viewer: Pick<Viewer, "role">, callbackUrl: unknown): string {
  const returnTo = safeReturnPath(callbackUrl);
  return returnTo === "/" ? LANDING_PATHS[viewer.role] : returnTo;
}
