import { randomUUID } from "node:crypto";
import type { Database } from "@/db/client";
import type { Activity } from "../auth/activity";
import type { SessionClaims } from "../auth/claims";
import { resolveViewer, type Viewer } from "../auth/viewer";
import { logger as defaultLogger, type Logger } from "../logger";
import type { RequestInfo } from "../request-info";

export interface InnerContextOptions {
  db: Database;
  /** Claims from the session token, not yet checked against the database. */
  session: SessionClaims | null;
  request?: Partial<RequestInfo>;
  log?: Logger;
  /** Whether the person made this request (default) or a page made it for them; see server/auth/activity.ts. */
  activity?: Activity;
}

/**
 * Everything a procedure needs, built without I/O so tests construct it directly
 * with a real database and a chosen session: no mocks, no next-auth.
 */
export function createInnerContext(options: InnerContextOptions) {
  let viewer: Promise<Viewer | null> | undefined;
  return {
    db: options.db,
    session: options.session,
    request: {
      id: options.request?.id ?? randomUUID(),
      ip: options.request?.ip ?? null,
      userAgent: options.request?.userAgent ?? null,
    } satisfies RequestInfo,
    log: options.log ?? defaultLogger,
    /** The account and memberships behind the session, read from the database once per request. */
    getViewer(): Promise<Viewer | null> {
      viewer ??= resolveViewer(options.db, options.session, new Date(), options.activity ?? "user");
      return viewer;
    },
  };
}

export type TrpcContext = ReturnType<typeof createInnerContext>;
