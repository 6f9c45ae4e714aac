/**
 * Set by the browser's tRPC client on requests the person didn't make themselves
 * (autosave, polling). Kept apart from activity.ts, which reads the environment, so
 * client code can import it.
 */
export const ACTIVITY_HEADER = "x-trellis-activity";
export const BACKGROUND_HEADERS = { [ACTIVITY_HEADER]: "background" } as const;
