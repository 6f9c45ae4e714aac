import type { UserRole } from "@/db/schema/_shared/enums";
import { env } from "../env.js";
import { ACTIVITY_HEADER } from "./activity-header";

/**
 * Whether a request counts as the person being there. Autosave, polling and prefetches
 * are "background": they are checked against the idle limit like any request, but never
 * move it, so a page left open keeps saving until the sign-in lapses and then stops.
 */
export type Activity = "user" | "background";

export function activityFromHeaders(headers: Headers): Activity {
  if (headers.get(ACTIVITY_HEADER) === "background") return "background";
  // Next fetches pages ahead of a click when their links scroll into view.
  if (headers.get("next-router-prefetch") === "1" || headers.get("purpose") === "prefetch") return "background";
  return "user";
}

/** Staff sessions lapse sooner: their screens show whole caseloads. */
export function idleLimitSeconds(role: UserRole): number {
  return Math.round((role === "partner" ? env.IDLE_TIMEOUT_PARTNER_MINUTES : env.IDLE_TIMEOUT_STAFF_MINUTES) * 60);
}
