import type { Database } from "@/db/client";
import type { Viewer } from "../auth/viewer";
import type { RequestInfo } from "../request-info";

/** What every service verb receives: a database (or transaction), the checked viewer, and the request. */
export interface ServiceContext<V extends Viewer = Viewer> {
  db: Database;
  viewer: V;
  request: RequestInfo;
}
