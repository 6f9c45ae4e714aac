import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

/** What each procedure returns, for components that receive router data as props. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type OwnFieldSharing = RouterOutputs["task"]["get"]["sharing"][string];
export type SharedOccurrence = RouterOutputs["today"]["get"]["shared"][number];
