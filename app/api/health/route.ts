import { sql } from "drizzle-orm";
import { getDatabase } from "@/server/db";
import { logger } from "@/server/logger";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when the database answers, 503 otherwise. No details either way. */
export async function GET() {
  try {
    const db = await getDatabase();
    await db.execute(sql`SELECT 1`);
    return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    logger.warn({ err: { name: error instanceof Error ? error.name : typeof error } }, "health check failed");
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
